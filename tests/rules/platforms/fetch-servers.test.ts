/**
 * Fetch-handler servers: `Bun.serve({ fetch(req) {...}, routes: {...} })`, `Deno.serve(handler)` /
 * `Deno.serve({ handler })`, and Cloudflare Workers' `export default { fetch(request, env, ctx) {...} }`.
 * Each answers with a Web `Response`; the Origin is `request.headers.get('origin')`.
 */
import noNullOrigin from '../../../rules/no-null-origin';
import noReflectedOrigin from '../../../rules/no-reflected-origin';
import noWeakOriginCheck from '../../../rules/no-weak-origin-check';
import noWildcardWithCredentials from '../../../rules/no-wildcard-with-credentials';
import requireVaryOrigin from '../../../rules/require-vary-origin';
import validCorsHeaderValue from '../../../rules/valid-cors-header-value';
import { createRuleTester } from '../../support/rule-tester';

const ruleTester = createRuleTester();

const WORKER_ALLOWLISTED = `
const allowedOrigins = new Set(['https://app.example.com']);
export default {
  async fetch(request, env, ctx) {
    const origin = request.headers.get('origin');
    const headers = { Vary: 'Origin', ...(origin && allowedOrigins.has(origin) ? { 'Access-Control-Allow-Origin': origin } : {}) };
    return new Response('ok', { headers });
  },
};`;

const BUN_REFLECTS = `
Bun.serve({
  fetch(req) {
    return new Response('ok', { headers: { 'Access-Control-Allow-Origin': req.headers.get('origin'), 'Access-Control-Allow-Credentials': 'true' } });
  },
});`;

const DENO_REFLECTS = `
Deno.serve((req) => {
  const headers = new Headers();
  headers.set('Access-Control-Allow-Origin', req.headers.get('origin') ?? '*');
  headers.set('Access-Control-Allow-Credentials', 'true');
  return new Response('ok', { headers });
});`;

ruleTester.run('no-reflected-origin (Bun, Deno, Workers)', noReflectedOrigin, {
  valid: [
    WORKER_ALLOWLISTED,
    "Deno.serve(() => new Response('ok', { headers: { 'Access-Control-Allow-Origin': '*' } }));",
    // The Origin of a request the server sends is not the one it answers.
    "Bun.serve({ async fetch() { const upstream = new Request('https://api.example', { headers: { Origin: 'https://app.example.com' } }); return fetch(upstream); } });",
  ],
  invalid: [
    { code: BUN_REFLECTS, errors: [{ messageId: 'reflectedOrigin', line: 4, suggestions: [{ messageId: 'allowlistOrigin', data: {"allowlist": "allowedOrigins", "origin": "req.headers.get('origin')", "declaration": ", and declare an empty `allowedOrigins` Set for the trusted origins (none is allowed until you list them)"}, output: "\nconst allowedOrigins = new Set<string>([/* the exact trusted origins, e.g. 'https://app.example.com' */]);\nBun.serve({\n  fetch(req) {\n    return new Response('ok', { headers: { ...(allowedOrigins.has(req.headers.get('origin') ?? '') ? { 'Access-Control-Allow-Origin': req.headers.get('origin') } : {}), 'Access-Control-Allow-Credentials': 'true' } });\n  },\n});" }] }] },
    { code: DENO_REFLECTS, errors: [{ messageId: 'reflectedOrigin', line: 4, suggestions: [{ messageId: 'allowlistOrigin', data: {"allowlist": "allowedOrigins", "origin": "req.headers.get('origin')", "declaration": ", and declare an empty `allowedOrigins` Set for the trusted origins (none is allowed until you list them)"}, output: "\nconst allowedOrigins = new Set<string>([/* the exact trusted origins, e.g. 'https://app.example.com' */]);\nDeno.serve((req) => {\n  const headers = new Headers();\n  if (allowedOrigins.has(req.headers.get('origin') ?? '')) headers.set('Access-Control-Allow-Origin', req.headers.get('origin')!);\n  headers.set('Access-Control-Allow-Credentials', 'true');\n  return new Response('ok', { headers });\n});" }] }] },
    {
      code: "Bun.serve({ routes: { '/api': (req) => Response.json({ ok: 1 }, { headers: { 'Access-Control-Allow-Origin': req.headers.get('Origin'), Vary: 'Origin' } }) } });",
      errors: [{ messageId: 'reflectedOrigin', suggestions: [{ messageId: 'allowlistOrigin', data: {"allowlist": "allowedOrigins", "origin": "req.headers.get('Origin')", "declaration": ", and declare an empty `allowedOrigins` Set for the trusted origins (none is allowed until you list them)"}, output: "const allowedOrigins = new Set<string>([/* the exact trusted origins, e.g. 'https://app.example.com' */]);\nBun.serve({ routes: { '/api': (req) => Response.json({ ok: 1 }, { headers: { ...(allowedOrigins.has(req.headers.get('Origin') ?? '') ? { 'Access-Control-Allow-Origin': req.headers.get('Origin') } : {}), Vary: 'Origin' } }) } });" }] }],
    },
    {
      code: "Deno.serve({ port: 8000, handler: (req) => new Response('x', { headers: [['Access-Control-Allow-Origin', req.headers.get('origin')], ['Vary', 'Origin']] }) });",
      errors: [{ messageId: 'reflectedOrigin', suggestions: [{ messageId: 'allowlistOrigin', data: {"allowlist": "allowedOrigins", "origin": "req.headers.get('origin')", "declaration": ", and declare an empty `allowedOrigins` Set for the trusted origins (none is allowed until you list them)"}, output: "const allowedOrigins = new Set<string>([/* the exact trusted origins, e.g. 'https://app.example.com' */]);\nDeno.serve({ port: 8000, handler: (req) => new Response('x', { headers: [...(allowedOrigins.has(req.headers.get('origin') ?? '') ? [['Access-Control-Allow-Origin', req.headers.get('origin')]] : []), ['Vary', 'Origin']] }) });" }] }],
    },
    {
      code: "export default { async fetch(request) { const response = await fetch(request); const copy = new Response(response.body, response); copy.headers.set('Access-Control-Allow-Origin', request.headers.get('Origin')); copy.headers.append('Vary', 'Origin'); return copy; } };",
      errors: [{ messageId: 'reflectedOrigin', suggestions: [{ messageId: 'allowlistOrigin', data: {"allowlist": "allowedOrigins", "origin": "request.headers.get('Origin')", "declaration": ", and declare an empty `allowedOrigins` Set for the trusted origins (none is allowed until you list them)"}, output: "const allowedOrigins = new Set<string>([/* the exact trusted origins, e.g. 'https://app.example.com' */]);\nexport default { async fetch(request) { const response = await fetch(request); const copy = new Response(response.body, response); if (allowedOrigins.has(request.headers.get('Origin') ?? '')) copy.headers.set('Access-Control-Allow-Origin', request.headers.get('Origin')); copy.headers.append('Vary', 'Origin'); return copy; } };" }] }],
    },
  ],
});

ruleTester.run('require-vary-origin (Bun, Deno, Workers)', requireVaryOrigin, {
  valid: [WORKER_ALLOWLISTED],
  invalid: [
    { code: BUN_REFLECTS, errors: [{ messageId: 'missingVary', line: 4 }] },
    { code: DENO_REFLECTS, errors: [{ messageId: 'missingVary', line: 4 }] },
  ],
});

ruleTester.run('no-wildcard-with-credentials (Bun, Deno, Workers)', noWildcardWithCredentials, {
  valid: [WORKER_ALLOWLISTED],
  invalid: [
    {
      code: "export default { fetch() { return new Response('ok', { headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' } }); } };",
      errors: [{ messageId: 'wildcardWithCredentials' }],
    },
  ],
});

ruleTester.run('valid-cors-header-value (Bun, Deno, Workers)', validCorsHeaderValue, {
  valid: [WORKER_ALLOWLISTED],
  invalid: [
    {
      code: "Deno.serve(() => new Response('ok', { headers: { 'Access-Control-Allow-Origin': 'https://app.example.com/' } }));",
      errors: [{ messageId: 'invalidAllowOrigin', suggestions: [{ messageId: 'useSerializedOrigin', data: {"fixed": "https://app.example.com"}, output: "Deno.serve(() => new Response('ok', { headers: { 'Access-Control-Allow-Origin': 'https://app.example.com' } }));" }] }],
    },
  ],
});

ruleTester.run('no-null-origin (Bun, Deno, Workers)', noNullOrigin, {
  valid: [WORKER_ALLOWLISTED],
  invalid: [
    {
      code: "Bun.serve({ fetch() { return new Response('ok', { headers: { 'Access-Control-Allow-Origin': 'null' } }); } });",
      errors: [{ messageId: 'nullAllowOrigin' }],
    },
  ],
});

ruleTester.run('no-weak-origin-check (Bun, Deno, Workers)', noWeakOriginCheck, {
  valid: [WORKER_ALLOWLISTED],
  invalid: [
    {
      code: "export default { fetch(request) { const origin = request.headers.get('origin') ?? ''; const headers = new Headers({ Vary: 'Origin' }); if (origin.startsWith('https://app.example.com')) headers.set('Access-Control-Allow-Origin', origin); return new Response('ok', { headers }); } };",
      errors: [{ messageId: 'weakOriginCheck', suggestions: [{ messageId: 'useExactOrigin', data: {"origins": "https://app.example.com"}, output: "export default { fetch(request) { const origin = request.headers.get('origin') ?? ''; const headers = new Headers({ Vary: 'Origin' }); if (origin === 'https://app.example.com') headers.set('Access-Control-Allow-Origin', origin); return new Response('ok', { headers }); } };" }] }],
    },
  ],
});
