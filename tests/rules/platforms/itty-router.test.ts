/**
 * itty-router on Workers, Bun and Node: v5 `cors(opts)` returns `{ preflight, corsify }`
 * (src/frameworks/itty-router.ts, read from 5.0.24); v4 `createCors({ origins })` (4.2.2).
 */
import noNullOrigin from '../../../rules/no-null-origin';
import noReflectedOrigin from '../../../rules/no-reflected-origin';
import noWildcardWithCredentials from '../../../rules/no-wildcard-with-credentials';
import requireVaryOrigin from '../../../rules/require-vary-origin';
import validCorsHeaderValue from '../../../rules/valid-cors-header-value';
import { createRuleTester } from '../../support/rule-tester';

const ruleTester = createRuleTester();

const ALLOWLISTED = `
import { AutoRouter, cors } from 'itty-router';
const { preflight, corsify } = cors({ origin: ['https://app.example.com'], credentials: true });
const router = AutoRouter({ before: [preflight], finally: [corsify] });
export default router;`;

ruleTester.run('no-reflected-origin (itty-router)', noReflectedOrigin, {
  valid: [
    ALLOWLISTED,
    "import { cors } from 'itty-router'; const { preflight, corsify } = cors();",
    "import { cors } from 'itty-router/cors'; const { preflight, corsify } = cors({ origin: 'https://app.example.com', credentials: true });",
    "import { cors } from 'itty-router'; const { preflight } = cors({ origin: /^https:\\/\\/app\\.example\\.com$/, credentials: true });",
    "const { cors } = require('itty-router'); const { preflight } = cors({ origin: (origin) => (origin === 'https://app.example.com' ? origin : undefined), credentials: true });",
    "import { createCors } from 'itty-router'; const { preflight, corsify } = createCors({ origins: ['https://app.example.com'] });",
    // Look-alikes: a local `cors`, another module's, a shadowing parameter.
    'function cors(options) { return options; } cors({ origin: true, credentials: true });',
    "import { cors } from 'itty-router-extras'; cors({ origin: true, credentials: true });",
    "import { cors } from 'itty-router'; function setup(cors) { return cors({ origin: true, credentials: true }); }",
  ],
  invalid: [
    { code: "import { cors } from 'itty-router'; const { preflight, corsify } = cors({ origin: true, credentials: true });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    // `'*'` with credentials answers the request Origin.
    { code: "import { cors } from 'itty-router'; const { preflight, corsify } = cors({ credentials: true });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import { cors } from 'itty-router/cors'; const { preflight, corsify } = cors({ origin: '*', credentials: true });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import { cors as ittyCors } from 'itty-router'; const { preflight } = ittyCors({ origin: (origin) => origin, credentials: true });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "const itty = require('itty-router'); const { preflight } = itty.cors({ origin: /.*/, credentials: true });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import * as itty from 'itty-router'; const { preflight } = itty.cors({ origin: true });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    // v4: `origins` defaults to `['*']`, which reflects every origin.
    { code: "import { createCors } from 'itty-router'; const { preflight, corsify } = createCors();", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import { createCors } from 'itty-router'; const { preflight, corsify } = createCors({ origins: ['*'], methods: ['GET', 'POST'] });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import { createCors } from 'itty-router/createCors'; const { preflight } = createCors({ origins: () => true });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
  ],
});

ruleTester.run('require-vary-origin (itty-router)', requireVaryOrigin, {
  valid: [
    "import { cors } from 'itty-router'; const { preflight, corsify } = cors();",
    "import { cors } from 'itty-router'; const { preflight, corsify } = cors({ origin: 'https://app.example.com' });",
  ],
  invalid: [
    // itty-router never writes Vary, so a cache can serve one origin's answer to another.
    { code: ALLOWLISTED, errors: [{ messageId: 'libraryOmitsVary' }] },
    { code: "import { createCors } from 'itty-router'; const { preflight } = createCors({ origins: ['https://app.example.com', 'https://admin.example.com'] });", errors: [{ messageId: 'libraryOmitsVary' }] },
  ],
});

ruleTester.run('no-wildcard-with-credentials (itty-router)', noWildcardWithCredentials, {
  valid: [ALLOWLISTED, "import { cors } from 'itty-router'; const { preflight } = cors({ origin: '*' });"],
  invalid: [],
});

ruleTester.run('no-null-origin (itty-router)', noNullOrigin, {
  valid: [ALLOWLISTED],
  invalid: [
    {
      code: "import { cors } from 'itty-router'; const { preflight } = cors({ origin: ['https://app.example.com', 'null'] });",
      errors: [{ messageId: 'libraryNullOrigin', suggestions: [{ messageId: 'removeNullOrigin', output: "import { cors } from 'itty-router'; const { preflight } = cors({ origin: ['https://app.example.com'] });" }] }],
    },
    { code: "import { createCors } from 'itty-router'; const { preflight } = createCors({ origins: ['null'] });", errors: [{ messageId: 'libraryNullOrigin' }] },
  ],
});

ruleTester.run('valid-cors-header-value (itty-router)', validCorsHeaderValue, {
  valid: [ALLOWLISTED],
  invalid: [
    { code: "import { cors } from 'itty-router'; const { preflight } = cors({ origin: ['*'] });", errors: [{ messageId: 'libraryOriginNeverMatches' }] },
    {
      code: "import { cors } from 'itty-router'; const { preflight } = cors({ origin: ['https://app.example.com/'] });",
      errors: [{ messageId: 'libraryOriginNeverMatches', suggestions: [{ messageId: 'useSerializedOrigin', output: "import { cors } from 'itty-router'; const { preflight } = cors({ origin: ['https://app.example.com'] });" }] }],
    },
  ],
});
