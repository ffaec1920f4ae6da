/**
 * The Fetch standard's forbidden request-headers (FETCH "forbidden request-header"): names a page
 * may not set, which `Headers#set`/`append` and `XMLHttpRequest#setRequestHeader` silently skip.
 */
export const FORBIDDEN_NAMES: ReadonlySet<string> = new Set([
  'accept-charset',
  'accept-encoding',
  'access-control-request-headers',
  'access-control-request-method',
  'connection',
  'content-length',
  'cookie',
  'cookie2',
  'date',
  'dnt',
  'expect',
  'host',
  'keep-alive',
  'origin',
  'referer',
  'set-cookie',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'via',
]);

/** Prefixes reserved for the user agent: `Sec-` so pages can never forge them, `Proxy-` for the proxy hop. */
export const FORBIDDEN_PREFIXES = ['proxy-', 'sec-'] as const;

/** Method-override headers, forbidden when their value tunnels a forbidden method. */
export const METHOD_OVERRIDE_NAMES: ReadonlySet<string> = new Set(['x-http-method', 'x-http-method-override', 'x-method-override']);

/** Methods `fetch` and XHR refuse outright; an override header must not smuggle them in. */
const FORBIDDEN_METHODS: ReadonlySet<string> = new Set(['connect', 'trace', 'track']);

export type ForbiddenHeader =
  | { readonly kind: 'name'; readonly lowerName: string }
  | { readonly kind: 'prefix'; readonly lowerName: string; readonly prefix: (typeof FORBIDDEN_PREFIXES)[number] }
  | { readonly kind: 'method-override'; readonly lowerName: string; readonly method: string };

/**
 * Why a request header is forbidden, or undefined when a page may send it. `value` is the static
 * header value when known: the method-override family depends on it, and an unknown value is
 * not reported.
 */
export function forbiddenRequestHeader(name: string, value: string | undefined): ForbiddenHeader | undefined {
  const lowerName = name.toLowerCase();
  if (FORBIDDEN_NAMES.has(lowerName)) return { kind: 'name', lowerName };
  const prefix = FORBIDDEN_PREFIXES.find((candidate) => lowerName.startsWith(candidate));
  if (prefix) return { kind: 'prefix', lowerName, prefix };
  if (METHOD_OVERRIDE_NAMES.has(lowerName) && value !== undefined) {
    const method = forbiddenMethodIn(value);
    if (method) return { kind: 'method-override', lowerName, method };
  }
  return undefined;
}

/** The first forbidden method in a comma-separated header value ("get, decode, and split"). */
function forbiddenMethodIn(value: string): string | undefined {
  return value
    .split(',')
    .map((token) => token.trim())
    .find((token) => FORBIDDEN_METHODS.has(token.toLowerCase()))
    ?.toUpperCase();
}
