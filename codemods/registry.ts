import type { CorsRuleId } from '../src/model/rule-ids';
import type { TransformId } from '../src/model/repair';
import type { Transform } from './transform';
import { transform as allowlistCorsOptions } from './allowlist-cors-options';
import { transform as allowlistReflectedOrigin } from './allowlist-reflected-origin';
import { transform as hardenOriginCheck } from './harden-origin-check';
import { transform as appendVaryOrigin } from './append-vary-origin';
import { transform as dropForbiddenRequestHeaders } from './drop-forbidden-request-headers';

/** Any one transform, keeping the link between its id and the repairs it accepts. */
export type AnyTransform = { [K in TransformId]: Transform<K> }[TransformId];

/**
 * Every transform, in the order they run. Library options first (they may remove a raw write's
 * reason to exist), then raw writes, then checks, then the Vary that belongs to the final writes.
 */
export const TRANSFORMS: readonly AnyTransform[] = [
  allowlistCorsOptions,
  allowlistReflectedOrigin,
  hardenOriginCheck,
  appendVaryOrigin,
  dropForbiddenRequestHeaders,
];

export const TRANSFORM_IDS: readonly TransformId[] = TRANSFORMS.map((transform) => transform.id);

export function isTransformId(value: string): value is TransformId {
  return (TRANSFORM_IDS as readonly string[]).includes(value);
}

/**
 * Which transforms own a rule's problems. A manual-review site is listed when one of its rule's
 * transforms was selected; a rule with none is listed only when every transform runs.
 */
export const RULE_TRANSFORMS: Readonly<Record<CorsRuleId, readonly TransformId[]>> = {
  'no-reflected-origin': ['allowlist-reflected-origin'],
  'no-wildcard-with-credentials': ['allowlist-cors-options', 'allowlist-reflected-origin'],
  'require-vary-origin': ['append-vary-origin'],
  'no-forbidden-request-headers': ['drop-forbidden-request-headers'],
  'no-weak-origin-check': ['harden-origin-check'],
  'no-null-origin': ['allowlist-cors-options', 'allowlist-reflected-origin', 'harden-origin-check'],
  'valid-cors-header-value': [],
};
