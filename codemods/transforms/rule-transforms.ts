import type { TransformId } from '../../src/model/repair';
import type { CorsRuleId } from '../../src/model/rule-ids';

/**
 * Which transforms own a rule's problems. A manual-review site is listed when one of its rule's
 * transforms was selected; a rule with none is listed only when every transform runs.
 */
export const RULE_TRANSFORMS: Readonly<Record<CorsRuleId, readonly TransformId[]>> = {
  'no-reflected-origin': ['allowlist-cors-options', 'allowlist-reflected-origin'],
  'no-wildcard-with-credentials': ['allowlist-cors-options', 'allowlist-reflected-origin'],
  'require-vary-origin': ['append-vary-origin'],
  'no-forbidden-request-headers': ['drop-forbidden-request-headers'],
  'no-weak-origin-check': ['harden-origin-check'],
  'no-null-origin': ['drop-null-origin', 'allowlist-cors-options', 'allowlist-reflected-origin', 'harden-origin-check'],
  'valid-cors-header-value': [],
  'no-opaque-response-read': [],
  'no-cors-headers-in-request': ['drop-cors-request-headers'],
};
