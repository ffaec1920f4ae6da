/**
 * Hono on Cloudflare Workers (hono 4.x): `export default app` is the Worker; handlers write
 * `c.header(name, value)` and read `c.req.header('origin')`; `cors()` of `hono/cors` is a table.
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
import { Hono } from 'hono';
const allowedOrigins = new Set(['https://app.example.com']);
const app = new Hono();
app.use('*', async (c, next) => {
  await next();
  const origin = c.req.header('origin');
  c.header('Vary', 'Origin', { append: true });
  if (origin && allowedOrigins.has(origin)) c.header('Access-Control-Allow-Origin', origin);
});
export default app;`;

const WORKER_REFLECTS = `
import { Hono } from 'hono';
const app = new Hono();
app.get('/api', (c) => {
  c.header('Access-Control-Allow-Origin', c.req.header('origin'));
  c.header('Access-Control-Allow-Credentials', 'true');
  return c.json({ ok: true });
});
export default app;`;

ruleTester.run('no-reflected-origin (Hono on Workers)', noReflectedOrigin, {
  valid: [
    WORKER_ALLOWLISTED,
    "import { Hono } from 'hono'; import { cors } from 'hono/cors'; const app = new Hono(); app.use('/api/*', cors({ origin: ['https://app.example.com'], credentials: true })); export default app;",
  ],
  invalid: [
    { code: WORKER_REFLECTS, errors: [{ messageId: 'reflectedOrigin', line: 5, suggestions: [{ messageId: 'allowlistOrigin', data: {"allowlist": "allowedOrigins", "origin": "c.req.header('origin')", "declaration": ", and declare an empty `allowedOrigins` Set for the trusted origins (none is allowed until you list them)"}, output: "\nimport { Hono } from 'hono';\nconst allowedOrigins = new Set<string>([/* the exact trusted origins, e.g. 'https://app.example.com' */]);\nconst app = new Hono();\napp.get('/api', (c) => {\n  if (allowedOrigins.has(c.req.header('origin') ?? '')) c.header('Access-Control-Allow-Origin', c.req.header('origin'));\n  c.header('Access-Control-Allow-Credentials', 'true');\n  return c.json({ ok: true });\n});\nexport default app;" }] }] },
    {
      code: "import { Hono } from 'hono'; import { cors } from 'hono/cors'; const app = new Hono(); app.use('*', cors({ origin: (origin) => origin, credentials: true })); export default app;",
      errors: [{ messageId: 'libraryReflectsOrigin' }],
    },
    {
      code: "import { Hono } from 'hono'; const app = new Hono(); app.get('/', (c) => c.text('ok', 200, { 'Access-Control-Allow-Origin': c.req.raw.headers.get('Origin'), Vary: 'Origin' })); export default { fetch: app.fetch };",
      errors: [{ messageId: 'reflectedOrigin', suggestions: [{ messageId: 'allowlistOrigin', data: {"allowlist": "allowedOrigins", "origin": "c.req.raw.headers.get('Origin')", "declaration": ", and declare an empty `allowedOrigins` Set for the trusted origins (none is allowed until you list them)"}, output: "import { Hono } from 'hono';\nconst allowedOrigins = new Set<string>([/* the exact trusted origins, e.g. 'https://app.example.com' */]); const app = new Hono(); app.get('/', (c) => c.text('ok', 200, { ...(allowedOrigins.has(c.req.raw.headers.get('Origin') ?? '') ? { 'Access-Control-Allow-Origin': c.req.raw.headers.get('Origin') } : {}), Vary: 'Origin' })); export default { fetch: app.fetch };" }] }],
    },
  ],
});

ruleTester.run('require-vary-origin (Hono on Workers)', requireVaryOrigin, {
  valid: [WORKER_ALLOWLISTED],
  invalid: [{ code: WORKER_REFLECTS, errors: [{ messageId: 'missingVary', line: 5 }] }],
});

ruleTester.run('no-wildcard-with-credentials (Hono on Workers)', noWildcardWithCredentials, {
  valid: [WORKER_ALLOWLISTED],
  invalid: [
    {
      code: "import { Hono } from 'hono'; const app = new Hono(); app.get('/', (c) => { c.header('Access-Control-Allow-Origin', '*'); c.header('Access-Control-Allow-Credentials', 'true'); return c.text('ok'); }); export default app;",
      errors: [{ messageId: 'wildcardWithCredentials' }],
    },
  ],
});

ruleTester.run('valid-cors-header-value (Hono on Workers)', validCorsHeaderValue, {
  valid: [WORKER_ALLOWLISTED],
  invalid: [
    {
      code: "import { Hono } from 'hono'; const app = new Hono(); app.get('/', (c) => { c.header('Access-Control-Allow-Origin', 'https://*.example.com'); return c.text('ok'); }); export default app;",
      errors: [{ messageId: 'invalidAllowOrigin' }],
    },
  ],
});

ruleTester.run('no-null-origin (Hono on Workers)', noNullOrigin, {
  valid: [WORKER_ALLOWLISTED],
  invalid: [
    {
      code: "import { Hono } from 'hono'; const app = new Hono(); app.get('/', (c) => { c.header('Access-Control-Allow-Origin', 'null'); return c.text('ok'); }); export default app;",
      errors: [{ messageId: 'nullAllowOrigin' }],
    },
  ],
});

ruleTester.run('no-weak-origin-check (Hono on Workers)', noWeakOriginCheck, {
  valid: [WORKER_ALLOWLISTED],
  invalid: [
    {
      code: "import { Hono } from 'hono'; const app = new Hono(); app.use('*', async (c, next) => { await next(); const origin = c.req.header('origin') ?? ''; c.header('Vary', 'Origin', { append: true }); if (origin.indexOf('example.com') !== -1) c.header('Access-Control-Allow-Origin', origin); }); export default app;",
      errors: [{ messageId: 'weakOriginCheck', suggestions: [{ messageId: 'useExactOrigin', data: {"origins": "https://example.com"}, output: "import { Hono } from 'hono'; const app = new Hono(); app.use('*', async (c, next) => { await next(); const origin = c.req.header('origin') ?? ''; c.header('Vary', 'Origin', { append: true }); if (origin === 'https://example.com') c.header('Access-Control-Allow-Origin', origin); }); export default app;" }] }],
    },
  ],
});
