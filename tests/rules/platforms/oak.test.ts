/**
 * Oak (Deno): middleware writes `ctx.response.headers` (a Web `Headers`) and reads
 * `ctx.request.headers.get('origin')`; `oakCors(opts)` of Deno's `cors` module (1.2.2) is a table
 * (src/frameworks/oak-cors.ts), imported from deno.land/x at any version or from JSR.
 */
import noNullOrigin from '../../../rules/no-null-origin';
import noReflectedOrigin from '../../../rules/no-reflected-origin';
import noWeakOriginCheck from '../../../rules/no-weak-origin-check';
import noWildcardWithCredentials from '../../../rules/no-wildcard-with-credentials';
import requireVaryOrigin from '../../../rules/require-vary-origin';
import validCorsHeaderValue from '../../../rules/valid-cors-header-value';
import { createRuleTester } from '../../support/rule-tester';

const ruleTester = createRuleTester();

const MIDDLEWARE_ALLOWLISTED = `
import { Application } from 'jsr:@oak/oak';
const allowedOrigins = new Set(['https://app.example.com']);
const app = new Application();
app.use(async (ctx, next) => {
  const origin = ctx.request.headers.get('origin');
  ctx.response.headers.append('Vary', 'Origin');
  if (origin && allowedOrigins.has(origin)) ctx.response.headers.set('Access-Control-Allow-Origin', origin);
  await next();
});`;

const MIDDLEWARE_REFLECTS = `
import { Application } from 'https://deno.land/x/oak@v12.6.1/mod.ts';
const app = new Application();
app.use((ctx) => {
  ctx.response.headers.set('Access-Control-Allow-Origin', ctx.request.headers.get('origin'));
  ctx.response.headers.set('Access-Control-Allow-Credentials', 'true');
});`;

ruleTester.run('no-reflected-origin (Oak)', noReflectedOrigin, {
  valid: [
    MIDDLEWARE_ALLOWLISTED,
    "import { oakCors } from 'https://deno.land/x/cors/mod.ts'; app.use(oakCors());",
    "import { oakCors } from 'https://deno.land/x/cors@v1.2.2/mod.ts'; app.use(oakCors({ origin: ['https://app.example.com'], credentials: true }));",
    "import { oakCors } from 'jsr:@tajpouria/cors'; app.use(oakCors({ origin: false }));",
    // Look-alikes: a local `oakCors`, and another module's.
    'function oakCors(options) { return options; } app.use(oakCors({ origin: true, credentials: true }));',
    "import { oakCors } from 'https://deno.land/x/not-cors/mod.ts'; app.use(oakCors({ origin: true, credentials: true }));",
    "import { oakCors } from 'https://deno.land/x/cors/mod.ts'; function setup(oakCors) { app.use(oakCors({ origin: true })); }",
  ],
  invalid: [
    { code: MIDDLEWARE_REFLECTS, errors: [{ messageId: 'reflectedOrigin', line: 5, suggestions: [{ messageId: 'allowlistOrigin', data: {"allowlist": "allowedOrigins", "origin": "ctx.request.headers.get('origin')", "declaration": ", and declare an empty `allowedOrigins` Set for the trusted origins (none is allowed until you list them)"}, output: "\nimport { Application } from 'https://deno.land/x/oak@v12.6.1/mod.ts';\nconst allowedOrigins = new Set<string>([/* the exact trusted origins, e.g. 'https://app.example.com' */]);\nconst app = new Application();\napp.use((ctx) => {\n  if (allowedOrigins.has(ctx.request.headers.get('origin') ?? '')) ctx.response.headers.set('Access-Control-Allow-Origin', ctx.request.headers.get('origin'));\n  ctx.response.headers.set('Access-Control-Allow-Credentials', 'true');\n});" }] }] },
    {
      code: "import { oakCors } from 'https://deno.land/x/cors/mod.ts'; app.use(oakCors({ origin: true, credentials: true }));",
      errors: [{ messageId: 'libraryReflectsOrigin' }],
    },
    {
      code: "import { oakCors } from 'https://deno.land/x/cors@v1.2.2/oakCors.ts'; app.use(oakCors({ origin: true }));",
      errors: [{ messageId: 'libraryReflectsOrigin' }],
    },
    {
      code: "import { oakCors as cors } from 'jsr:@tajpouria/cors@1.2.1'; app.use(cors({ origin: (requestOrigin) => requestOrigin, credentials: true }));",
      errors: [{ messageId: 'libraryReflectsOrigin' }],
    },
    {
      // Deno's `npm:` specifiers name the npm package: this is expressjs/cors.
      code: "import cors from 'npm:cors@2.8.5'; app.use(cors({ origin: true, credentials: true }));",
      errors: [{ messageId: 'libraryReflectsOrigin' }],
    },
    {
      code: "import * as corsModule from '@tajpouria/cors'; app.use(corsModule.oakCors({ origin: /.*/, credentials: true }));",
      errors: [{ messageId: 'libraryReflectsOrigin' }],
    },
  ],
});

ruleTester.run('require-vary-origin (Oak)', requireVaryOrigin, {
  valid: [
    MIDDLEWARE_ALLOWLISTED,
    // `*` and a fixed string are the same for every request.
    "import { oakCors } from 'https://deno.land/x/cors/mod.ts'; app.use(oakCors({ origin: 'https://app.example.com' }));",
  ],
  invalid: [
    { code: MIDDLEWARE_REFLECTS, errors: [{ messageId: 'missingVary', line: 5 }] },
    {
      // oakCors never adds `Vary: Origin`, whatever it answers.
      code: "import { oakCors } from 'https://deno.land/x/cors/mod.ts'; app.use(oakCors({ origin: /^https:\\/\\/(app|admin)\\.example\\.com$/ }));",
      errors: [{ messageId: 'libraryOmitsVary' }],
    },
  ],
});

ruleTester.run('no-wildcard-with-credentials (Oak)', noWildcardWithCredentials, {
  valid: [MIDDLEWARE_ALLOWLISTED, "import { oakCors } from 'https://deno.land/x/cors/mod.ts'; app.use(oakCors({ origin: '*' }));"],
  invalid: [
    {
      code: "import { oakCors } from 'https://deno.land/x/cors/mod.ts'; app.use(oakCors({ credentials: true }));",
      errors: [{ messageId: 'libraryWildcardWithCredentials' }],
    },
    {
      code: "app.use((ctx) => { ctx.response.headers.set('Access-Control-Allow-Origin', '*'); ctx.response.headers.set('Access-Control-Allow-Credentials', 'true'); });",
      errors: [{ messageId: 'wildcardWithCredentials' }],
    },
  ],
});

ruleTester.run('valid-cors-header-value (Oak)', validCorsHeaderValue, {
  valid: [MIDDLEWARE_ALLOWLISTED],
  invalid: [
    {
      code: "app.use((ctx) => { ctx.response.headers.set('Access-Control-Allow-Origin', 'https://a.example,https://b.example'); });",
      errors: [{ messageId: 'invalidAllowOrigin' }],
    },
  ],
});

ruleTester.run('no-null-origin (Oak)', noNullOrigin, {
  valid: [MIDDLEWARE_ALLOWLISTED, "import { oakCors } from 'https://deno.land/x/cors/mod.ts'; app.use(oakCors({ origin: ['https://app.example.com'] }));"],
  invalid: [
    {
      code: "import { oakCors } from 'https://deno.land/x/cors/mod.ts'; app.use(oakCors({ origin: ['https://app.example.com', 'null'] }));",
      errors: [{ messageId: 'libraryNullOrigin', suggestions: [{ messageId: 'removeNullOrigin', output: "import { oakCors } from 'https://deno.land/x/cors/mod.ts'; app.use(oakCors({ origin: ['https://app.example.com'] }));" }] }],
    },
  ],
});

ruleTester.run('no-weak-origin-check (Oak)', noWeakOriginCheck, {
  valid: [MIDDLEWARE_ALLOWLISTED, "import { oakCors } from 'https://deno.land/x/cors/mod.ts'; app.use(oakCors({ origin: /^https:\\/\\/app\\.example\\.com$/ }));"],
  invalid: [
    {
      code: "import { oakCors } from 'https://deno.land/x/cors/mod.ts'; app.use(oakCors({ origin: /example\\.com$/ }));",
      errors: [{ messageId: 'weakOriginCheck', suggestions: [{ messageId: 'useAnchoredRegex', data: {"pattern": "/^https:\\/\\/example\\.com$/"}, output: "import { oakCors } from 'https://deno.land/x/cors/mod.ts'; app.use(oakCors({ origin: /^https:\\/\\/example\\.com$/ }));" }] }],
    },
  ],
});
