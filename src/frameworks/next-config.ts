/**
 * Next.js `headers()` in next.config.*: static `{ key, value }` entries per route. A `has` condition
 * `{ type: 'header', key: 'origin' }` without `value` captures the raw header as `:origin`, so
 * `value: ':origin'` reflects every origin. Next never adds Vary.
 */
export const nextConfigTable = {
  library: 'Next.js headers()',
  sites: [{ kind: 'next-headers' }],
  /** The parameter a `has` header condition on `origin` defines (Next keeps only `[A-Za-z]` of the key). */
  originParameter: ':origin',
  vary: 'never',
} as const;
