import type { TransformId } from '../../src/model/repair';
import type { Transform } from './transform';
import { transform as allowlistCorsOptions } from './allowlist-cors-options';
import { transform as allowlistReflectedOrigin } from './allowlist-reflected-origin';
import { transform as hardenOriginCheck } from './harden-origin-check';
import { transform as appendVaryOrigin } from './append-vary-origin';
import { transform as dropForbiddenRequestHeaders } from './drop-forbidden-request-headers';
import { transform as dropNullOrigin } from './drop-null-origin';
import { transform as dropCorsRequestHeaders } from './drop-cors-request-headers';

export { RULE_TRANSFORMS } from './rule-transforms';

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
  dropNullOrigin,
  appendVaryOrigin,
  dropForbiddenRequestHeaders,
  dropCorsRequestHeaders,
];

export const TRANSFORM_IDS: readonly TransformId[] = TRANSFORMS.map((transform) => transform.id);

export function isTransformId(value: string): value is TransformId {
  return (TRANSFORM_IDS as readonly string[]).includes(value);
}
