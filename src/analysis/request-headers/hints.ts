import type { ForbiddenHeader } from './forbidden-names';
import type { ClientId } from './header-entry';

/** How each client names the API, for messages. */
export const CLIENT_LABELS: Readonly<Record<ClientId, string>> = {
  fetch: '`fetch`',
  request: '`new Request`',
  headers: 'a `Headers` object',
  xhr: '`XMLHttpRequest`',
  axios: 'axios',
  ky: 'ky',
  ofetch: 'ofetch',
  superagent: 'superagent',
  jquery: 'jQuery',
  angular: "Angular's `HttpClient`",
  apollo: 'Apollo Client',
  'graphql-request': 'graphql-request',
};

/** How each client asks the browser to send its own cookies. */
const CREDENTIALS: Readonly<Record<ClientId, string>> = {
  fetch: "`credentials: 'include'`",
  request: "`credentials: 'include'`",
  headers: "`credentials: 'include'` on the request",
  xhr: '`xhr.withCredentials = true`',
  axios: '`withCredentials: true`',
  ky: "`credentials: 'include'`",
  ofetch: "`credentials: 'include'`",
  superagent: '`.withCredentials()`',
  jquery: '`xhrFields: { withCredentials: true }`',
  angular: '`withCredentials: true`',
  apollo: "`credentials: 'include'`",
  'graphql-request': "`credentials: 'include'`",
};

const SET_BY_BROWSER = 'The browser sets it itself for every request.';
const CONNECTION = 'The browser manages the connection and the body framing itself.';

/** What the author probably wanted, per lower-case name; `{credentials}` is the client's way to send cookies. */
const NAME_HINTS: Readonly<Record<string, string>> = {
  origin:
    "The browser sets `Origin` itself to the page's origin and no page can change it: to be let in, add that origin to the server's CORS allowlist.",
  referer: 'The browser sets `Referer` itself: choose what it sends with a referrer policy (`referrerPolicy`) instead.',
  cookie:
    'To send the cookies the browser holds for that site, use {credentials} and have the server answer with `Access-Control-Allow-Credentials: true` and an exact Allow-Origin.',
  cookie2: 'To send the cookies the browser holds for that site, use {credentials}.',
  'set-cookie': '`Set-Cookie` is a response header: the server sets cookies, a request cannot.',
  host: 'The browser derives `Host` from the URL: change the URL instead.',
  'access-control-request-headers':
    'The browser sends it in its own preflight: to allow a request header, the server must list it in `Access-Control-Allow-Headers`.',
  'access-control-request-method':
    'The browser sends it in its own preflight: to allow a method, the server must list it in `Access-Control-Allow-Methods`.',
  'accept-encoding': 'The browser negotiates compression itself and decodes the response transparently.',
  'accept-charset': 'The browser negotiates the character set itself.',
  'content-length': CONNECTION,
  'transfer-encoding': CONNECTION,
  te: CONNECTION,
  trailer: CONNECTION,
  connection: CONNECTION,
  'keep-alive': CONNECTION,
  upgrade: 'Open a `WebSocket` to upgrade a connection.',
  expect: CONNECTION,
  date: SET_BY_BROWSER,
  dnt: "`DNT` reflects the user's own privacy setting, which a page cannot change.",
  via: '`Via` is added by proxies on the way, not by the client.',
};

const PREFIX_HINTS: Readonly<Record<string, string>> = {
  'sec-': '`Sec-` headers are reserved so that no page can forge them; the browser sends the ones it supports (`Sec-Fetch-*`).',
  'proxy-': '`Proxy-` headers belong to the proxy hop the browser manages.',
};

/** One sentence on what the author probably wanted instead. */
export function hintFor(forbidden: ForbiddenHeader, client: ClientId): string {
  const hint =
    forbidden.kind === 'prefix'
      ? PREFIX_HINTS[forbidden.prefix]!
      : (NAME_HINTS[forbidden.lowerName] ?? SET_BY_BROWSER);
  return hint.replace('{credentials}', CREDENTIALS[client]);
}
