/**
 * The syntax of a serialized origin (Fetch `serialized-origin`): `scheme "://" host [ ":" port ]`, lower
 * case, ASCII, no path, query, fragment or user info, default port elided. Browsers send exactly that
 * in `Origin` and compare Access-Control-Allow-Origin byte for byte, so anything else never matches.
 */

/** Schemes whose origin the WHATWG URL parser computes; other schemes (extensions) are checked by shape. */
const SPECIAL_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/** `chrome-extension://abc`, `moz-extension://uuid`: lower-case scheme and host, nothing after. */
const OTHER_SCHEME_ORIGIN = /^[a-z][a-z\d+.-]*:\/\/[a-z\d._~-]+(?::\d{1,5})?$/;

/** A header value as a message shows it between backticks: the empty string as `''`, not as nothing. */
export function shownHeaderValue(value: string): string {
  return value === '' ? "''" : value;
}

/**
 * Why a string is not a serialized origin, or `undefined` when it is one. `*` and `null` are valid
 * header values; other rules judge whether they are wise.
 */
export function invalidOriginReason(value: string): string | undefined {
  if (value === '*' || value === 'null') return undefined;
  if (value === '') return 'it is empty; to refuse an origin, send no Access-Control-Allow-Origin at all';
  if (value !== value.trim()) return 'it has surrounding whitespace';
  if (/[\s,]/.test(value)) return 'it holds a list; the header takes exactly one origin';
  if (value.includes('*')) return 'wildcard patterns such as `https://*.example.com` are not supported; `*` only works alone';
  const url = parseUrl(value);
  if (!url) return 'it is not an origin (`https://host[:port]`)';
  if (url.protocol === 'file:') return '`file:` pages have an opaque origin and send `Origin: null`';
  if (!SPECIAL_SCHEMES.has(url.protocol)) {
    return OTHER_SCHEME_ORIGIN.test(value) ? undefined : 'it is not an origin (`scheme://host[:port]`)';
  }
  if (!value.includes('://')) return 'it is not an origin (`https://host[:port]`)';
  if (url.username || url.password) return 'it has user info; an origin is only scheme, host and port';
  if (value.endsWith('/') && url.pathname === '/' && !url.search && !url.hash)
    return 'it ends with a slash; an origin has no path';
  if (url.pathname !== '/' || /[?#]/.test(value)) return 'it has a path, query or fragment; an origin has none';
  if (url.origin !== value) return `it is not in serialized form; browsers send \`${url.origin}\``;
  return undefined;
}

/**
 * The serialized origin a value unambiguously means when it only differs in form (a trailing slash,
 * upper case, a default port), or `undefined` when there is no single obvious fix.
 */
export function serializedOriginFix(value: string): string | undefined {
  if (invalidOriginReason(value) === undefined) return undefined;
  if (value !== value.trim() || /[\s,*?#@]/.test(value) || !value.includes('://')) return undefined;
  const url = parseUrl(value);
  if (!url || !SPECIAL_SCHEMES.has(url.protocol) || url.pathname !== '/') return undefined;
  return url.origin;
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
