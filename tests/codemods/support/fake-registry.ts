/**
 * Stand-in transforms for the plumbing tests; they pair with ./fake-analysis.ts. Each exercises one
 * thing the runner must handle: a real rewrite using the allowlist, a review, output that does not
 * parse, a throw, and a removal.
 */
import type { TransformId } from '../../../src/model/repair';
import type { AnyTransform } from '../../../codemods/transforms/registry';

export { RULE_TRANSFORMS } from '../../../codemods/transforms/rule-transforms';

export const TRANSFORMS: readonly AnyTransform[] = [
  {
    id: 'allowlist-cors-options',
    title: 'throws',
    apply: () => {
      throw new Error('boom');
    },
  },
  {
    id: 'allowlist-reflected-origin',
    title: 'echo only allowed origins',
    apply: (_file, repairs, context) =>
      repairs.map((repair) => ({
        range: repair.valueRange,
        text: `${context.useAllowlist()}.has(${repair.originText}) ? ${repair.originText} : undefined`,
      })),
  },
  {
    id: 'harden-origin-check',
    title: 'breaks the syntax',
    apply: (_file, repairs) => repairs.map((repair) => ({ range: repair.checkRange, text: '(((' })),
  },
  {
    id: 'append-vary-origin',
    title: 'asks for review',
    apply: (_file, repairs, context) => {
      for (const repair of repairs) context.review(repair.writeRange, 'the response is built in another module');
      return [];
    },
  },
  {
    id: 'drop-forbidden-request-headers',
    title: 'removes the statement',
    apply: (_file, repairs) => repairs.map((repair) => ({ range: repair.removeRange, text: '' })),
  },
];

export const TRANSFORM_IDS: readonly TransformId[] = TRANSFORMS.map((transform) => transform.id);

export function isTransformId(value: string): value is TransformId {
  return (TRANSFORM_IDS as readonly string[]).includes(value);
}
