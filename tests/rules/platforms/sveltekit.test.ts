/**
 * SvelteKit (2.x and 3.0): the `handle` hook writes `response.headers` of what `resolve(event)` returns;
 * endpoints and load functions call `setHeaders({...})` (which throws on a second set of one header,
 * and on `set-cookie`), return `json(data, { headers })` or a `Response`; the Origin is
 * `event.request.headers.get('origin')`.
 */
import noNullOrigin from '../../../rules/no-null-origin';
import noReflectedOrigin from '../../../rules/no-reflected-origin';
import noWeakOriginCheck from '../../../rules/no-weak-origin-check';
import noWildcardWithCredentials from '../../../rules/no-wildcard-with-credentials';
import requireVaryOrigin from '../../../rules/require-vary-origin';
import validCorsHeaderValue from '../../../rules/valid-cors-header-value';
import { createRuleTester } from '../../support/rule-tester';

const ruleTester = createRuleTester();

const HOOK_ALLOWLISTED = `
import type { Handle } from '@sveltejs/kit';
const allowedOrigins = new Set(['https://app.example.com']);
export const handle: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  const origin = event.request.headers.get('origin');
  response.headers.append('Vary', 'Origin');
  if (origin && allowedOrigins.has(origin)) {
    response.headers.set('Access-Control-Allow-Origin', origin);
    response.headers.set('Access-Control-Allow-Credentials', 'true');
  }
  return response;
};`;

const SET_HEADERS_ALLOWLISTED = `
const allowedOrigins = new Set(['https://app.example.com']);
export async function GET({ request, setHeaders }) {
  const origin = request.headers.get('origin') ?? '';
  setHeaders({ Vary: 'Origin', ...(allowedOrigins.has(origin) ? { 'Access-Control-Allow-Origin': origin } : {}) });
  return new Response('ok');
}`;

const JSON_ALLOWLISTED = `
import { json } from '@sveltejs/kit';
const allowedOrigins = new Set(['https://app.example.com']);
export async function GET(event) {
  const origin = event.request.headers.get('Origin');
  const headers = new Headers({ Vary: 'Origin' });
  if (origin && allowedOrigins.has(origin)) headers.set('Access-Control-Allow-Origin', origin);
  return json({ ok: true }, { headers });
}`;

/** Hooks as most projects write them: one fixed origin, a deployment setting, or `*` without credentials. */
const HOOKS_FIXED = [
  "export async function handle({ event, resolve }) { const response = await resolve(event); response.headers.set('Access-Control-Allow-Origin', 'http://localhost:5173'); response.headers.set('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS'); return response; }",
  "import type { Handle } from '@sveltejs/kit'; export const handle = (async ({ event, resolve }) => { const response = await resolve(event); response.headers.set('Access-Control-Allow-Credentials', 'true'); response.headers.set('Access-Control-Allow-Origin', process.env.ORIGIN as string); return response; }) satisfies Handle;",
  "export async function handle({ event, resolve }) { const response = await resolve(event, { filterSerializedResponseHeaders: () => true }); response.headers.set('Access-Control-Allow-Origin', '*'); return response; }",
];

const HOOK_REFLECTS = `
import type { Handle } from '@sveltejs/kit';
export const handle: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  const origin = event.request.headers.get('origin');
  if (origin) {
    response.headers.set('Access-Control-Allow-Origin', origin);
    response.headers.set('Access-Control-Allow-Credentials', 'true');
  }
  return response;
};`;

ruleTester.run('no-reflected-origin (SvelteKit)', noReflectedOrigin, {
  valid: [...HOOKS_FIXED, 
    HOOK_ALLOWLISTED,
    SET_HEADERS_ALLOWLISTED,
    JSON_ALLOWLISTED,
    // A public endpoint: `*` without credentials.
    "export const GET = ({ setHeaders }) => { setHeaders({ 'access-control-allow-origin': '*' }); return new Response('ok'); };",
    // A local `setHeaders` that is handed no request Origin.
    "function setHeaders(map) { return map; } export const headers = setHeaders({ 'Access-Control-Allow-Origin': 'https://app.example.com' });",
  ],
  invalid: [
    { code: HOOK_REFLECTS, errors: [{ messageId: 'reflectedOrigin', line: 7, suggestions: [{ messageId: 'allowlistOrigin', data: {"allowlist": "allowedOrigins", "origin": "origin", "declaration": ", and declare an empty `allowedOrigins` Set for the trusted origins (none is allowed until you list them)"}, output: "\nimport type { Handle } from '@sveltejs/kit';\nconst allowedOrigins = new Set<string>([/* the exact trusted origins, e.g. 'https://app.example.com' */]);\nexport const handle: Handle = async ({ event, resolve }) => {\n  const response = await resolve(event);\n  const origin = event.request.headers.get('origin');\n  if (origin) {\n    if (allowedOrigins.has(origin ?? '')) response.headers.set('Access-Control-Allow-Origin', origin);\n    response.headers.set('Access-Control-Allow-Credentials', 'true');\n  }\n  return response;\n};" }] }] },
    {
      // Every import form of the hook type, and `sequence`.
      code: `
import { sequence } from '@sveltejs/kit/hooks';
async function cors({ event, resolve }) {
  const response = await resolve(event);
  response.headers.set('Access-Control-Allow-Origin', event.request.headers.get('Origin') ?? '*');
  return response;
}
export const handle = sequence(cors);`,
      errors: [{ messageId: 'reflectedOrigin', line: 5, suggestions: [{ messageId: 'allowlistOrigin', data: {"allowlist": "allowedOrigins", "origin": "event.request.headers.get('Origin')", "declaration": ", and declare an empty `allowedOrigins` Set for the trusted origins (none is allowed until you list them)"}, output: "\nimport { sequence } from '@sveltejs/kit/hooks';\nconst allowedOrigins = new Set<string>([/* the exact trusted origins, e.g. 'https://app.example.com' */]);\nasync function cors({ event, resolve }) {\n  const response = await resolve(event);\n  if (allowedOrigins.has(event.request.headers.get('Origin') ?? '')) response.headers.set('Access-Control-Allow-Origin', event.request.headers.get('Origin')!);\n  return response;\n}\nexport const handle = sequence(cors);" }] }],
    },
    {
      code: "export async function GET({ request, setHeaders }) { setHeaders({ 'Access-Control-Allow-Origin': request.headers.get('origin') ?? '', 'Access-Control-Allow-Credentials': 'true' }); return new Response('ok'); }",
      errors: [{ messageId: 'reflectedOrigin', suggestions: [{ messageId: 'allowlistOrigin', data: {"allowlist": "allowedOrigins", "origin": "request.headers.get('origin')", "declaration": ", and declare an empty `allowedOrigins` Set for the trusted origins (none is allowed until you list them)"}, output: "const allowedOrigins = new Set<string>([/* the exact trusted origins, e.g. 'https://app.example.com' */]);\nexport async function GET({ request, setHeaders }) { setHeaders({ ...(allowedOrigins.has(request.headers.get('origin') ?? '') ? { 'Access-Control-Allow-Origin': request.headers.get('origin')! } : {}), 'Access-Control-Allow-Credentials': 'true' }); return new Response('ok'); }" }] }],
    },
    {
      // `+page.server.ts` load: `event.setHeaders`.
      code: "export const load = async (event) => { event.setHeaders({ 'access-control-allow-origin': event.request.headers.get('origin') }); return {}; };",
      errors: [{ messageId: 'reflectedOrigin', suggestions: [{ messageId: 'allowlistOrigin', data: {"allowlist": "allowedOrigins", "origin": "event.request.headers.get('origin')", "declaration": ", and declare an empty `allowedOrigins` Set for the trusted origins (none is allowed until you list them)"}, output: "const allowedOrigins = new Set<string>([/* the exact trusted origins, e.g. 'https://app.example.com' */]);\nexport const load = async (event) => { event.setHeaders({ ...(allowedOrigins.has(event.request.headers.get('origin') ?? '') ? { 'access-control-allow-origin': event.request.headers.get('origin') } : {}) }); return {}; };" }] }],
    },
    {
      // `json(data, init)` keeps `init.headers` (it copies them into a new `Headers`).
      code: "import { json } from '@sveltejs/kit'; export async function POST({ request }) { const origin = request.headers.get('origin'); return json({ ok: true }, { headers: { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } }); }",
      errors: [{ messageId: 'reflectedOrigin', suggestions: [{ messageId: 'allowlistOrigin', data: {"allowlist": "allowedOrigins", "origin": "origin", "declaration": ", and declare an empty `allowedOrigins` Set for the trusted origins (none is allowed until you list them)"}, output: "import { json } from '@sveltejs/kit';\nconst allowedOrigins = new Set<string>([/* the exact trusted origins, e.g. 'https://app.example.com' */]); export async function POST({ request }) { const origin = request.headers.get('origin'); return json({ ok: true }, { headers: { ...(allowedOrigins.has(origin ?? '') ? { 'Access-Control-Allow-Origin': origin } : {}), Vary: 'Origin' } }); }" }] }],
    },
    {
      code: "import * as kit from '@sveltejs/kit'; export async function GET({ request }) { return kit.text('ok', { headers: { 'Access-Control-Allow-Origin': request.headers.get('origin'), Vary: 'Origin' } }); }",
      errors: [{ messageId: 'reflectedOrigin', suggestions: [{ messageId: 'allowlistOrigin', data: {"allowlist": "allowedOrigins", "origin": "request.headers.get('origin')", "declaration": ", and declare an empty `allowedOrigins` Set for the trusted origins (none is allowed until you list them)"}, output: "import * as kit from '@sveltejs/kit';\nconst allowedOrigins = new Set<string>([/* the exact trusted origins, e.g. 'https://app.example.com' */]); export async function GET({ request }) { return kit.text('ok', { headers: { ...(allowedOrigins.has(request.headers.get('origin') ?? '') ? { 'Access-Control-Allow-Origin': request.headers.get('origin') } : {}), Vary: 'Origin' } }); }" }] }],
    },
  ],
});

ruleTester.run('require-vary-origin (SvelteKit)', requireVaryOrigin, {
  valid: [...HOOKS_FIXED, HOOK_ALLOWLISTED, SET_HEADERS_ALLOWLISTED, JSON_ALLOWLISTED],
  invalid: [
    { code: HOOK_REFLECTS, errors: [{ messageId: 'missingVary', line: 7 }] },
    {
      code: "const allowed = new Set(['https://app.example.com']); export async function GET({ request, setHeaders }) { const origin = request.headers.get('origin') ?? ''; if (allowed.has(origin)) setHeaders({ 'Access-Control-Allow-Origin': origin }); return new Response('ok'); }",
      errors: [{ messageId: 'missingVary' }],
    },
    {
      // Vary only in the headers an allowed origin gets: a cache keeps a refused answer for everyone.
      code: "const allowed = new Set(['https://app.example.com']); export async function GET({ request, setHeaders }) { const origin = request.headers.get('origin') ?? ''; if (allowed.has(origin)) setHeaders({ 'Access-Control-Allow-Origin': origin, Vary: 'Origin' }); return new Response('ok'); }",
      errors: [{ messageId: 'varyOnlyInBranch' }],
    },
  ],
});

ruleTester.run('no-wildcard-with-credentials (SvelteKit)', noWildcardWithCredentials, {
  valid: [...HOOKS_FIXED, HOOK_ALLOWLISTED, "export const load = ({ setHeaders }) => { setHeaders({ 'access-control-allow-origin': '*' }); return {}; };"],
  invalid: [
    {
      code: "export const load = ({ setHeaders }) => { setHeaders({ 'access-control-allow-origin': '*', 'access-control-allow-credentials': 'true' }); return {}; };",
      errors: [{ messageId: 'wildcardWithCredentials' }],
    },
    {
      code: "export const handle = async ({ event, resolve }) => { const response = await resolve(event); response.headers.set('Access-Control-Allow-Origin', '*'); response.headers.set('Access-Control-Allow-Credentials', 'true'); return response; };",
      errors: [{ messageId: 'wildcardWithCredentials' }],
    },
  ],
});

ruleTester.run('valid-cors-header-value (SvelteKit)', validCorsHeaderValue, {
  valid: [...HOOKS_FIXED, HOOK_ALLOWLISTED, SET_HEADERS_ALLOWLISTED],
  invalid: [
    {
      code: "export const GET = ({ setHeaders }) => { setHeaders({ 'Access-Control-Allow-Origin': 'https://a.example, https://b.example' }); return new Response(''); };",
      errors: [{ messageId: 'invalidAllowOrigin' }],
    },
  ],
});

ruleTester.run('no-null-origin (SvelteKit)', noNullOrigin, {
  valid: [...HOOKS_FIXED, HOOK_ALLOWLISTED],
  invalid: [
    {
      code: "export const GET = ({ setHeaders }) => { setHeaders({ 'Access-Control-Allow-Origin': 'null' }); return new Response(''); };",
      errors: [{ messageId: 'nullAllowOrigin' }],
    },
  ],
});

ruleTester.run('no-weak-origin-check (SvelteKit)', noWeakOriginCheck, {
  valid: [...HOOKS_FIXED, HOOK_ALLOWLISTED],
  invalid: [
    {
      code: "export const handle = async ({ event, resolve }) => { const response = await resolve(event); const origin = event.request.headers.get('origin'); response.headers.append('Vary', 'Origin'); if (origin && origin.endsWith('example.com')) response.headers.set('Access-Control-Allow-Origin', origin); return response; };",
      errors: [{ messageId: 'weakOriginCheck', suggestions: [{ messageId: 'useExactOrigin', data: {"origins": "https://example.com"}, output: "export const handle = async ({ event, resolve }) => { const response = await resolve(event); const origin = event.request.headers.get('origin'); response.headers.append('Vary', 'Origin'); if (origin && origin === 'https://example.com') response.headers.set('Access-Control-Allow-Origin', origin); return response; };" }, { messageId: 'useSubdomainCheck', data: {"host": "example.com", "replacement": "/^https:\\/\\/(?:[a-z0-9-]+\\.)*example\\.com$/.test(origin)"}, output: "export const handle = async ({ event, resolve }) => { const response = await resolve(event); const origin = event.request.headers.get('origin'); response.headers.append('Vary', 'Origin'); if (origin && /^https:\\/\\/(?:[a-z0-9-]+\\.)*example\\.com$/.test(origin)) response.headers.set('Access-Control-Allow-Origin', origin); return response; };" }] }],
    },
  ],
});
