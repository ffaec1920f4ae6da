import type { TransformId } from '../../src/model/repair';
import type { Transform } from './transform';
import { TRANSFORM_IDS } from './transform-ids';
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

/** Each transform by its id; the order they run in is TRANSFORM_IDS's. */
const BY_ID: { readonly [K in TransformId]: Transform<K> } = {
  'allowlist-cors-options': allowlistCorsOptions,
  'allowlist-reflected-origin': allowlistReflectedOrigin,
  'harden-origin-check': hardenOriginCheck,
  'drop-null-origin': dropNullOrigin,
  'append-vary-origin': appendVaryOrigin,
  'drop-forbidden-request-headers': dropForbiddenRequestHeaders,
  'drop-cors-request-headers': dropCorsRequestHeaders,
};

/**
 * Every transform, in the order they run. Library options first (they may remove a raw write's
 * reason to exist), then raw writes, then checks, then the Vary that belongs to the final writes.
 */
export const TRANSFORMS: readonly AnyTransform[] = TRANSFORM_IDS.map((id) => BY_ID[id] as AnyTransform);

export { TRANSFORM_IDS, isTransformId } from './transform-ids';
