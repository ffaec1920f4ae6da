/** Every rule the plugin ships; a rule file's name is its id. */
export const CORS_RULE_IDS = [
  'no-reflected-origin',
  'no-wildcard-with-credentials',
  'require-vary-origin',
  'no-forbidden-request-headers',
  'no-weak-origin-check',
  'no-null-origin',
  'valid-cors-header-value',
  'no-opaque-response-read',
  'no-cors-headers-in-request',
] as const;

export type CorsRuleId = (typeof CORS_RULE_IDS)[number];
