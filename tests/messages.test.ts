import { describe, expect, it } from 'vitest';
import { rules } from '../rules';

/** Whole messages stay short enough for an editor hover and one terminal line or two. */
const MAX_MESSAGE = 300;
/** The first clause says what is wrong, in a glance. */
const MAX_FIRST_CLAUSE = 90;

const LIBRARY = 'restify-cors-middleware2';
const ATTACKER = 'https://evil.example';

/**
 * The longest data each placeholder takes in real reports (the longest library name, cause, fix and
 * reason the analysis writes), so the bounds hold for every report, not only for short ones.
 */
const DATA: Readonly<Record<string, Readonly<Record<string, string>> | readonly Readonly<Record<string, string>>[]>> = {
  'no-reflected-origin/libraryReflectsOrigin': [
    {
      library: LIBRARY,
      cause: 'it echoes the request Origin by default when `origin` is not set',
      attackerOrigin: ATTACKER,
      impact: " with the visitor's cookies",
      fix: "Set `origin` to a function that returns `ctx.get('Origin')` only if an exact allowlist has it, else `''`.",
    },
    {
      library: 'Next.js headers()',
      cause: 'its `has` condition copies any request Origin into `:origin`',
      attackerOrigin: ATTACKER,
      impact: " with the visitor's cookies",
      fix: 'Match only your origins in the `has` value, or set the header in middleware after an exact allowlist check.',
    },
  ],
  'no-reflected-origin/libraryReflectsOriginInDevelopment': {
    library: LIBRARY,
    condition: "process.env.NODE_ENV !== 'production'",
    reach: 'a server started without NODE_ENV runs it too',
    attackerOrigin: ATTACKER,
    impact: " with the visitor's cookies",
  },
  'no-reflected-origin/reflectedOriginThroughHelper': {
    helper: 'setCorsResponseHeaders',
    module: '../../shared/http/cors-headers.ts',
    attackerOrigin: ATTACKER,
    credentialsNote: " with the user's cookies (this response allows credentials)",
  },
  'no-reflected-origin/reflectedOrigin': { attackerOrigin: ATTACKER, credentialsNote: " with the user's cookies (this response allows credentials)" },
  'no-reflected-origin/reflectedOriginInDevelopment': {
    condition: "process.env.NODE_ENV !== 'production'",
    reach: 'a server started without NODE_ENV runs it too',
    attackerOrigin: ATTACKER,
  },
  'no-reflected-origin/allowlistOrigin': {
    allowlist: 'allowedOrigins',
    origin: 'req.headers.origin',
    declaration: " (add `const allowedOrigins = new Set(['https://app.example.com'])`)",
  },
  'no-wildcard-with-credentials/libraryWildcardWithCredentials': {
    library: LIBRARY,
    cause: ' (its defaults)',
    fix: 'Set `origins` to an exact list of trusted origins. For a public API, turn credentials off instead.',
  },
  'no-wildcard-with-credentials/literalWildcardWithCredentials': { header: 'Access-Control-Expose-Headers' },
  'require-vary-origin/libraryOmitsVary': {
    library: LIBRARY,
    fix: 'Add `Vary: Origin` to every response yourself, for example in a middleware that runs before CORS.',
  },
  'require-vary-origin/varyOverwritten': { value: 'Accept-Encoding' },
  'no-forbidden-request-headers/forbiddenRequestHeader': {
    header: 'cookie',
    client: 'jQuery',
    hint: 'To send the cookies the browser holds for that site, use `xhrFields: { withCredentials: true }` and have the server answer with `Access-Control-Allow-Credentials: true` and an exact Allow-Origin.',
  },
  'no-forbidden-request-headers/forbiddenMethodOverride': {
    header: 'X-HTTP-Method-Override',
    value: 'GET, TRACE',
    method: 'TRACE',
    client: "Angular's `HttpClient`",
  },
  'no-forbidden-request-headers/removeHeader': { header: 'access-control-request-headers' },
  'no-opaque-response-read/opaqueRead': { outcome: 'axios rejects here with "Request failed with status code 0", since the status is always 0' },
  'no-opaque-response-read/methodNotAllowed': { method: 'DELETE', client: "Angular's `HttpClient`" },
  'no-opaque-response-read/headerDropped': { header: 'Access-Control-Request-Headers' },
  'no-opaque-response-read/contentTypeDropped': { header: 'Content-Type', value: 'application/json; charset=utf-8' },
  'no-cors-headers-in-request/corsHeaderInRequest': { header: 'Access-Control-Allow-Credentials', client: "Angular's `HttpClient`" },
  'no-cors-headers-in-request/removeHeader': { header: 'Access-Control-Allow-Credentials' },
  'no-null-origin/libraryNullOrigin': { library: LIBRARY, impact: " with the visitor's cookies" },
  'no-null-origin/libraryNullOnMiss': {
    library: 'graphql-yoga',
    impact: " with the visitor's cookies",
    note: 'newer @whatwg-node/server releases omit the header on a miss instead',
  },
  'no-weak-origin-check/weakOriginCheck': {
    attackerOrigin: 'https://app.apixexample.com',
    reason: '`allowed` is a string, so `.includes()`/`.indexOf()` is a substring test and any part of a listed origin passes',
    fix: 'Compare the whole origin with an exact allowlist, or the parsed https `hostname` with `.example.com` as a suffix',
  },
  'no-weak-origin-check/useExactOrigin': { origins: "`['https://app.example.com', 'https://admin.example.com']`" },
  'no-weak-origin-check/useSubdomainCheck': {
    host: 'example.com',
    replacement: "url.hostname === 'example.com' || url.hostname.endsWith('.example.com')",
  },
  'no-weak-origin-check/useAnchoredRegex': { pattern: '`/^https:\\/\\/(app|admin)\\.example\\.com$/`' },
  'no-weak-origin-check/splitAllowlist': { allowlist: '`process.env.ALLOWED_ORIGINS`' },
  'valid-cors-header-value/libraryOriginNeverMatches': {
    value: 'https://app.example.com/',
    library: LIBRARY,
    option: 'origins',
    reason: 'an origin has no path, not even `/`',
  },
  'valid-cors-header-value/libraryInvalidOrigin': {
    library: LIBRARY,
    value: 'https://a.example.com, https://b.example.com',
    reason: 'it holds more than one origin',
  },
  'valid-cors-header-value/useSerializedOrigin': { fixed: 'https://app.example.com' },
  'valid-cors-header-value/invalidAllowOrigin': {
    value: 'https://a.example.com, https://b.example.com',
    reason: 'it holds more than one origin',
  },
  'valid-cors-header-value/multipleAllowOrigin': { how: '`join` puts every origin of the list into the one value' },
  'valid-cors-header-value/setInsteadOfAppend': { method: 'setHeader' },
  'valid-cors-header-value/invalidAllowCredentials': { value: 'TRUE ' },
  'valid-cors-header-value/invalidMaxAge': { value: '1h', reason: 'it is not a whole number of seconds' },
  'valid-cors-header-value/maxAgeAboveBrowserCaps': { value: '31536000' },
  'valid-cors-header-value/unmatchableImportedEntry': {
    list: 'corsConfig.allowedOrigins',
    module: '../../shared/config/allowed-origins.ts',
    value: 'https://docs.example.com/guide',
    reason: 'it has a path, query or fragment; an origin has none',
  },
  'no-null-origin/nullInImportedAllowlist': { list: 'corsConfig.allowedOrigins', module: '../../shared/config/allowed-origins.ts' },
  'valid-cors-header-value/unmatchableAllowlistEntry': {
    value: 'https://app.example.com/',
    reason: 'an origin has no path, not even `/`',
  },
};

/** ESLint's own placeholder syntax: `{{ name }}`. */
function render(template: string, data: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (whole, name: string) => {
    if (!(name in data)) throw new Error(`no representative data for {{${name}}}`);
    return data[name]!;
  });
}

/** The text up to the first `:`, `;` or sentence end outside backquotes. */
export function firstClause(message: string): string {
  let quoted = false;
  for (let index = 0; index < message.length; index++) {
    const char = message[index]!;
    if (char === '`') quoted = !quoted;
    else if (!quoted && /[:;.]/.test(char) && (index + 1 === message.length || message[index + 1] === ' ')) return message.slice(0, index);
  }
  return message;
}

/** Suggestion titles are one imperative each (`Remove the header.`): only the length bound applies. */
const SUGGESTIONS: ReadonlySet<string> = new Set([
  'allowlistOrigin',
  'removeHeader',
  'removeNullOrigin',
  'removeNullCheck',
  'useExactOrigin',
  'useSubdomainCheck',
  'useAnchoredRegex',
  'splitAllowlist',
  'useSerializedOrigin',
  'setInsteadOfAppend',
  'useExactTrue',
  'removeCredentialsHeader',
]);

const rendered = Object.entries(rules).flatMap(([ruleId, rule]) =>
  Object.entries(rule.meta.messages as Record<string, string>).flatMap(([messageId, template]) => {
    const key = `${ruleId}/${messageId}`;
    const samples = DATA[key] ?? {};
    const list = Array.isArray(samples) ? samples : [samples];
    return list.map((data, index) => ({
      key: list.length > 1 ? `${key}#${index + 1}` : key,
      text: render(template, data),
      suggestion: SUGGESTIONS.has(messageId),
    }));
  }),
);

describe('rule messages', () => {
  it('has representative data only for messages that exist', () => {
    const keys = new Set(rendered.map((message) => message.key.replace(/#\d+$/, '')));
    expect(Object.keys(DATA).filter((key) => !keys.has(key))).toEqual([]);
  });

  it.each(rendered.map((message) => [message.key, message]))('%s: stays under the length bounds', (_, { text, suggestion }) => {
    expect(text.length, text).toBeLessThanOrEqual(MAX_MESSAGE);
    if (!suggestion) expect(firstClause(text).length, firstClause(text)).toBeLessThanOrEqual(MAX_FIRST_CLAUSE);
  });

  it('knows every suggestion it exempts from the first-clause bound', () => {
    const ids = new Set(Object.values(rules).flatMap((rule) => Object.keys(rule.meta.messages)));
    expect([...SUGGESTIONS].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('renders every message as recorded', () => {
    expect(Object.fromEntries(rendered.map((message) => [message.key, message.text]))).toMatchSnapshot();
  });
});
