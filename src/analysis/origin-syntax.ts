/**
 * Why a string is not a serialized origin (`scheme://host[:port]`, lower case, no path, no trailing
 * slash, default port elided), or `undefined` when it is one. `*` and `null` are judged elsewhere.
 */
export function invalidOriginReason(value: string): string | undefined {
  if (value === '*' || value === 'null') return undefined;
  if (value !== value.trim()) return 'it has surrounding whitespace';
  if (/[\s,]/.test(value)) return 'it holds a list; the header takes one origin';
  if (value.includes('*')) return 'wildcard patterns such as `*.example.com` are not supported';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'it is not an origin (`https://host[:port]`)';
  }
  if (url.origin === 'null') return 'it is not an origin (`https://host[:port]`)';
  if (value.endsWith('/')) return 'it ends with a slash; an origin has no path';
  if (url.pathname !== '/' || url.search || url.hash) return 'it has a path; an origin has none';
  if (url.origin !== value) return `it is not in serialized form; browsers send \`${url.origin}\``;
  return undefined;
}
