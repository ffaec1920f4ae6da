/**
 * The CORS response headers: a server sends them to grant access. Set on a request they do
 * nothing, and since none is CORS-safelisted, each one makes the request preflighted.
 */
export const CORS_RESPONSE_HEADER_NAMES: ReadonlySet<string> = new Set([
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-expose-headers',
  'access-control-max-age',
]);

export function isCorsResponseHeader(name: string): boolean {
  return CORS_RESPONSE_HEADER_NAMES.has(name.toLowerCase());
}
