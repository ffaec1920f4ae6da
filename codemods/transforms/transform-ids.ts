import type { TransformId } from '../../src/model/repair';

/**
 * Every transform id, in the order the transforms run (see registry.ts). Kept apart from the
 * transforms so the runner's main thread can validate and count without loading ts-morph.
 */
export const TRANSFORM_IDS = [
  'allowlist-cors-options',
  'allowlist-reflected-origin',
  'harden-origin-check',
  'drop-null-origin',
  'append-vary-origin',
  'drop-forbidden-request-headers',
  'drop-cors-request-headers',
] as const satisfies readonly TransformId[];

/** Fails to compile when a repair kind has no transform id here. */
const everyIdListed: [Exclude<TransformId, (typeof TRANSFORM_IDS)[number]>] extends [never] ? true : never = true;
void everyIdListed;

export function isTransformId(value: string): value is TransformId {
  return (TRANSFORM_IDS as readonly string[]).includes(value);
}
