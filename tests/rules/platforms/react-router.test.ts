/**
 * Remix 2 (@remix-run/node, /cloudflare, /deno, /server-runtime 2.17) and React Router 7 (7.18):
 * loaders and actions return `new Response(body, { headers })`, `json(data, init)` (Remix 2: init is
 * a status or a ResponseInit, its headers kept) or `data(value, init)` (React Router 7: the same), and
 * a route's `headers` export (a HeadersInit, or a function of `{ loaderHeaders, parentHeaders }`).
 */
import noNullOrigin from '../../../rules/no-null-origin';
import noReflectedOrigin from '../../../rules/no-reflected-origin';
import noWeakOriginCheck from '../../../rules/no-weak-origin-check';
import noWildcardWithCredentials from '../../../rules/no-wildcard-with-credentials';
import requireVaryOrigin from '../../../rules/require-vary-origin';
import validCorsHeaderValue from '../../../rules/valid-cors-header-value';
import { createRuleTester } from '../../support/rule-tester';

const ruleTester = createRuleTester();

const LOADER_ALLOWLISTED = `
import { data } from 'react-router';
const allowedOrigins = new Set(['https://app.example.com']);
export async function loader({ request }) {
  const origin = request.headers.get('Origin');
  const headers = new Headers({ Vary: 'Origin' });
  if (origin && allowedOrigins.has(origin)) headers.set('Access-Control-Allow-Origin', origin);
  return data({ ok: true }, { headers });
}
export function headers({ loaderHeaders }) {
  return loaderHeaders;
}`;

ruleTester.run('no-reflected-origin (Remix, React Router)', noReflectedOrigin, {
  valid: [
    LOADER_ALLOWLISTED,
    "import { json } from '@remix-run/node'; export const loader = () => json({ ok: true }, { headers: { 'Access-Control-Allow-Origin': 'https://app.example.com' } });",
    "export const headers = { 'Access-Control-Allow-Origin': '*' };",
    // A local `json` that is handed no request Origin.
    "const json = (value, init) => ({ value, init }); export const loader = () => json({}, { headers: { 'Access-Control-Allow-Origin': 'https://app.example.com' } });",
  ],
  invalid: [
    {
      code: "import { data } from 'react-router'; export async function loader({ request }) { const origin = request.headers.get('Origin'); return data({ ok: true }, { headers: { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' } }); }",
      errors: [{ messageId: 'reflectedOrigin', suggestions: [{ messageId: 'allowlistOrigin', data: {"allowlist": "allowedOrigins", "origin": "origin", "declaration": ", and declare an empty `allowedOrigins` Set for the trusted origins (none is allowed until you list them)"}, output: "import { data } from 'react-router';\nconst allowedOrigins = new Set<string>([/* the exact trusted origins, e.g. 'https://app.example.com' */]); export async function loader({ request }) { const origin = request.headers.get('Origin'); return data({ ok: true }, { headers: { ...(allowedOrigins.has(origin ?? '') ? { 'Access-Control-Allow-Origin': origin } : {}), 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' } }); }" }] }],
    },
    {
      code: "import { json } from '@remix-run/node'; export async function action({ request }) { return json({ ok: true }, { headers: { 'Access-Control-Allow-Origin': request.headers.get('origin') ?? '', Vary: 'Origin' } }); }",
      errors: [{ messageId: 'reflectedOrigin', suggestions: [{ messageId: 'allowlistOrigin', data: {"allowlist": "allowedOrigins", "origin": "request.headers.get('origin')", "declaration": ", and declare an empty `allowedOrigins` Set for the trusted origins (none is allowed until you list them)"}, output: "import { json } from '@remix-run/node';\nconst allowedOrigins = new Set<string>([/* the exact trusted origins, e.g. 'https://app.example.com' */]); export async function action({ request }) { return json({ ok: true }, { headers: { ...(allowedOrigins.has(request.headers.get('origin') ?? '') ? { 'Access-Control-Allow-Origin': request.headers.get('origin')! } : {}), Vary: 'Origin' } }); }" }] }],
    },
    {
      code: "const { json } = require('@remix-run/cloudflare'); exports.loader = async ({ request }) => json(null, { status: 204, headers: { 'Access-Control-Allow-Origin': request.headers.get('origin'), Vary: 'Origin' } });",
      errors: [{ messageId: 'reflectedOrigin', suggestions: [{ messageId: 'allowlistOrigin', data: {"allowlist": "allowedOrigins", "origin": "request.headers.get('origin')", "declaration": ", and declare an empty `allowedOrigins` Set for the trusted origins (none is allowed until you list them)"}, output: "const allowedOrigins = new Set<string>([/* the exact trusted origins, e.g. 'https://app.example.com' */]);\nconst { json } = require('@remix-run/cloudflare'); exports.loader = async ({ request }) => json(null, { status: 204, headers: { ...(allowedOrigins.has(request.headers.get('origin') ?? '') ? { 'Access-Control-Allow-Origin': request.headers.get('origin') } : {}), Vary: 'Origin' } });" }] }],
    },
    {
      code: "import type { LoaderFunctionArgs } from 'react-router'; export async function loader({ request }: LoaderFunctionArgs) { return new Response('ok', { headers: { 'Access-Control-Allow-Origin': request.headers.get('origin')!, Vary: 'Origin' } }); }",
      errors: [{ messageId: 'reflectedOrigin', suggestions: [{ messageId: 'allowlistOrigin', data: {"allowlist": "allowedOrigins", "origin": "request.headers.get('origin')", "declaration": ", and declare an empty `allowedOrigins` Set for the trusted origins (none is allowed until you list them)"}, output: "import type { LoaderFunctionArgs } from 'react-router';\nconst allowedOrigins = new Set<string>([/* the exact trusted origins, e.g. 'https://app.example.com' */]); export async function loader({ request }: LoaderFunctionArgs) { return new Response('ok', { headers: { ...(allowedOrigins.has(request.headers.get('origin') ?? '') ? { 'Access-Control-Allow-Origin': request.headers.get('origin')! } : {}), Vary: 'Origin' } }); }" }] }],
    },
  ],
});

ruleTester.run('require-vary-origin (Remix, React Router)', requireVaryOrigin, {
  valid: [
    LOADER_ALLOWLISTED,
    // The `headers` export that forwards the loader's headers whole keeps its Vary.
    'export const headers = ({ loaderHeaders }) => new Headers(loaderHeaders);',
    // Forwarding the loader's Vary next to its Allow-Origin passes both on; the loader's Vary is checked there.
    "export function headers({ loaderHeaders }) { return { 'Access-Control-Allow-Origin': loaderHeaders.get('Access-Control-Allow-Origin') ?? 'https://app.example.com', Vary: loaderHeaders.get('Vary') ?? '' }; }",
    "export function headers({ loaderHeaders }) { const headers = new Headers(); headers.set('Access-Control-Allow-Origin', loaderHeaders.get('Access-Control-Allow-Origin') ?? 'https://app.example.com'); headers.set('Vary', loaderHeaders.get('vary') || ''); return headers; }",
  ],
  invalid: [
    {
      // A document response gets only what `headers` returns: the loader's Vary is dropped.
      code: "export function headers({ loaderHeaders }) { return { 'Access-Control-Allow-Origin': loaderHeaders.get('Access-Control-Allow-Origin') ?? '' }; }",
      errors: [{ messageId: 'missingVary' }],
    },
    {
      // Forwarding some other header is not forwarding Vary.
      code: "export function headers({ loaderHeaders }) { return { 'Access-Control-Allow-Origin': loaderHeaders.get('Access-Control-Allow-Origin') ?? 'https://app.example.com', Vary: loaderHeaders.get('Cache-Control') ?? '' }; }",
      errors: [{ messageId: 'missingVary' }],
    },
    {
      code: "import { data } from 'react-router'; const allowed = new Set(['https://app.example.com']); export async function loader({ request }) { const origin = request.headers.get('Origin') ?? ''; return data({}, { headers: allowed.has(origin) ? { 'Access-Control-Allow-Origin': origin } : {} }); }",
      errors: [{ messageId: 'missingVary' }],
    },
  ],
});

ruleTester.run('no-wildcard-with-credentials (Remix, React Router)', noWildcardWithCredentials, {
  valid: [LOADER_ALLOWLISTED, "export const headers = { 'Access-Control-Allow-Origin': '*' };"],
  invalid: [
    {
      code: "export const headers = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' };",
      errors: [{ messageId: 'wildcardWithCredentials' }],
    },
    {
      code: "import { data } from 'react-router'; export const action = () => data(null, { headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' } });",
      errors: [{ messageId: 'wildcardWithCredentials' }],
    },
  ],
});

ruleTester.run('valid-cors-header-value (Remix, React Router)', validCorsHeaderValue, {
  valid: [LOADER_ALLOWLISTED],
  invalid: [
    {
      code: "export function headers() { return { 'Access-Control-Allow-Origin': 'https://a.example https://b.example' }; }",
      errors: [{ messageId: 'invalidAllowOrigin' }],
    },
  ],
});

ruleTester.run('no-null-origin (Remix, React Router)', noNullOrigin, {
  valid: [LOADER_ALLOWLISTED],
  invalid: [
    {
      code: "import { json } from '@remix-run/node'; export const loader = () => json({}, { headers: { 'Access-Control-Allow-Origin': 'null' } });",
      errors: [{ messageId: 'nullAllowOrigin' }],
    },
  ],
});

ruleTester.run('no-weak-origin-check (Remix, React Router)', noWeakOriginCheck, {
  valid: [LOADER_ALLOWLISTED],
  invalid: [
    {
      code: "import { data } from 'react-router'; export async function loader({ request }) { const origin = request.headers.get('origin') ?? ''; const headers = new Headers({ Vary: 'Origin' }); if (origin.includes('example.com')) headers.set('Access-Control-Allow-Origin', origin); return data({}, { headers }); }",
      errors: [{ messageId: 'weakOriginCheck', suggestions: [{ messageId: 'useExactOrigin', data: {"origins": "https://example.com"}, output: "import { data } from 'react-router'; export async function loader({ request }) { const origin = request.headers.get('origin') ?? ''; const headers = new Headers({ Vary: 'Origin' }); if (origin === 'https://example.com') headers.set('Access-Control-Allow-Origin', origin); return data({}, { headers }); }" }] }],
    },
  ],
});
