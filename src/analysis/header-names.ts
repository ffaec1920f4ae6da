/** Lower-case response header names the analysis cares about. */
export const ALLOW_ORIGIN = 'access-control-allow-origin';
export const ALLOW_CREDENTIALS = 'access-control-allow-credentials';
export const ALLOW_HEADERS = 'access-control-allow-headers';
export const ALLOW_METHODS = 'access-control-allow-methods';
export const EXPOSE_HEADERS = 'access-control-expose-headers';
export const MAX_AGE = 'access-control-max-age';
export const VARY = 'vary';

/** Names whose writes are worth recording: every `Access-Control-*` header, and `Vary`. */
export function isTrackedHeaderName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === VARY || lower.startsWith('access-control-');
}
