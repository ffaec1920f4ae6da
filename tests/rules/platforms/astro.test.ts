/**
 * Astro (5.x): API endpoints export `GET`/`POST`/`ALL` functions of a context (`{ request }`) that
 * return a `Response`; middleware (`onRequest`, often through `defineMiddleware` / `sequence` of
 * `astro:middleware`) writes `response.headers` of what `next()` returns.
 */
import noNullOrigin from '../../../rules/no-null-origin';
import noReflectedOrigin from '../../../rules/no-reflected-origin';
import noWeakOriginCheck from '../../../rules/no-weak-origin-check';
import noWildcardWithCredentials from '../../../rules/no-wildcard-with-credentials';
import requireVaryOrigin from '../../../rules/require-vary-origin';
import validCorsHeaderValue from '../../../rules/valid-cors-header-value';
import { createRuleTester } from '../../support/rule-tester';

const ruleTester = createRuleTester();

const ENDPOINT_ALLOWLISTED = `
import type { APIRoute } from 'astro';
const allowedOrigins = new Set(['https://app.example.com']);
export const GET: APIRoute = ({ request }) => {
  const origin = request.headers.get('origin') ?? '';
  const headers = new Headers({ Vary: 'Origin' });
  if (allowedOrigins.has(origin)) headers.set('Access-Control-Allow-Origin', origin);
  return new Response('ok', { headers });
};`;

const MIDDLEWARE_REFLECTS = `
import { defineMiddleware } from 'astro:middleware';
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  response.headers.set('Access-Control-Allow-Origin', context.request.headers.get('origin') ?? '*');
  response.headers.set('Access-Control-Allow-Credentials', 'true');
  return response;
});`;

ruleTester.run('no-reflected-origin (Astro)', noReflectedOrigin, {
  valid: [ENDPOINT_ALLOWLISTED, "export const ALL = () => new Response('ok', { headers: { 'Access-Control-Allow-Origin': '*' } });"],
  invalid: [
    { code: MIDDLEWARE_REFLECTS, errors: [{ messageId: 'reflectedOrigin', line: 5, suggestions: [{ messageId: 'allowlistOrigin', data: {"allowlist": "allowedOrigins", "origin": "context.request.headers.get('origin')", "declaration": ", and declare an empty `allowedOrigins` Set for the trusted origins (none is allowed until you list them)"}, output: "\nimport { defineMiddleware } from 'astro:middleware';\nconst allowedOrigins = new Set<string>([/* the exact trusted origins, e.g. 'https://app.example.com' */]);\nexport const onRequest = defineMiddleware(async (context, next) => {\n  const response = await next();\n  if (allowedOrigins.has(context.request.headers.get('origin') ?? '')) response.headers.set('Access-Control-Allow-Origin', context.request.headers.get('origin')!);\n  response.headers.set('Access-Control-Allow-Credentials', 'true');\n  return response;\n});" }] }] },
    {
      code: "export async function POST({ request }) { return Response.json({ ok: true }, { headers: { 'Access-Control-Allow-Origin': request.headers.get('Origin'), Vary: 'Origin' } }); }",
      errors: [{ messageId: 'reflectedOrigin', suggestions: [{ messageId: 'allowlistOrigin', data: {"allowlist": "allowedOrigins", "origin": "request.headers.get('Origin')", "declaration": ", and declare an empty `allowedOrigins` Set for the trusted origins (none is allowed until you list them)"}, output: "const allowedOrigins = new Set<string>([/* the exact trusted origins, e.g. 'https://app.example.com' */]);\nexport async function POST({ request }) { return Response.json({ ok: true }, { headers: { ...(allowedOrigins.has(request.headers.get('Origin') ?? '') ? { 'Access-Control-Allow-Origin': request.headers.get('Origin') } : {}), Vary: 'Origin' } }); }" }] }],
    },
    {
      code: "import { sequence } from 'astro:middleware'; async function cors(context, next) { const response = await next(); response.headers.set('access-control-allow-origin', context.request.headers.get('origin')); response.headers.append('vary', 'Origin'); return response; } export const onRequest = sequence(cors);",
      errors: [{ messageId: 'reflectedOrigin', suggestions: [{ messageId: 'allowlistOrigin', data: {"allowlist": "allowedOrigins", "origin": "context.request.headers.get('origin')", "declaration": ", and declare an empty `allowedOrigins` Set for the trusted origins (none is allowed until you list them)"}, output: "import { sequence } from 'astro:middleware';\nconst allowedOrigins = new Set<string>([/* the exact trusted origins, e.g. 'https://app.example.com' */]); async function cors(context, next) { const response = await next(); if (allowedOrigins.has(context.request.headers.get('origin') ?? '')) response.headers.set('access-control-allow-origin', context.request.headers.get('origin')); response.headers.append('vary', 'Origin'); return response; } export const onRequest = sequence(cors);" }] }],
    },
  ],
});

ruleTester.run('require-vary-origin (Astro)', requireVaryOrigin, {
  valid: [ENDPOINT_ALLOWLISTED],
  invalid: [{ code: MIDDLEWARE_REFLECTS, errors: [{ messageId: 'missingVary', line: 5 }] }],
});

ruleTester.run('no-wildcard-with-credentials (Astro)', noWildcardWithCredentials, {
  valid: [ENDPOINT_ALLOWLISTED],
  invalid: [
    {
      code: "export const GET = () => new Response('ok', { headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' } });",
      errors: [{ messageId: 'wildcardWithCredentials' }],
    },
  ],
});

ruleTester.run('valid-cors-header-value (Astro)', validCorsHeaderValue, {
  valid: [ENDPOINT_ALLOWLISTED],
  invalid: [
    {
      code: "export const GET = () => new Response('ok', { headers: { 'Access-Control-Allow-Origin': 'app.example.com' } });",
      errors: [{ messageId: 'invalidAllowOrigin' }],
    },
  ],
});

ruleTester.run('no-null-origin (Astro)', noNullOrigin, {
  valid: [ENDPOINT_ALLOWLISTED],
  invalid: [
    {
      code: "export const onRequest = async (context, next) => { const response = await next(); response.headers.set('Access-Control-Allow-Origin', 'null'); return response; };",
      errors: [{ messageId: 'nullAllowOrigin' }],
    },
  ],
});

ruleTester.run('no-weak-origin-check (Astro)', noWeakOriginCheck, {
  valid: [ENDPOINT_ALLOWLISTED],
  invalid: [
    {
      code: "export const GET = ({ request }) => { const origin = request.headers.get('origin') ?? ''; const headers = new Headers({ Vary: 'Origin' }); if (/example\\.com/.test(origin)) headers.set('Access-Control-Allow-Origin', origin); return new Response('ok', { headers }); };",
      errors: [{ messageId: 'weakOriginCheck', suggestions: [{ messageId: 'useExactOrigin', data: {"origins": "https://example.com"}, output: "export const GET = ({ request }) => { const origin = request.headers.get('origin') ?? ''; const headers = new Headers({ Vary: 'Origin' }); if (origin === 'https://example.com') headers.set('Access-Control-Allow-Origin', origin); return new Response('ok', { headers }); };" }, { messageId: 'useAnchoredRegex', data: {"pattern": "/^https:\\/\\/example\\.com$/"}, output: "export const GET = ({ request }) => { const origin = request.headers.get('origin') ?? ''; const headers = new Headers({ Vary: 'Origin' }); if (/^https:\\/\\/example\\.com$/.test(origin)) headers.set('Access-Control-Allow-Origin', origin); return new Response('ok', { headers }); };" }] }],
    },
  ],
});
