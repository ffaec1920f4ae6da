/**
 * `koa-cors` 0.0.16, the old Koa 1 package (src/frameworks/koa-cors.ts `koaCorsLegacyTable`):
 * `origin` defaults to `true`, which echoes the request Origin; it never sends `Vary`.
 */
import noReflectedOrigin from '../../../rules/no-reflected-origin';
import noWildcardWithCredentials from '../../../rules/no-wildcard-with-credentials';
import requireVaryOrigin from '../../../rules/require-vary-origin';
import { createRuleTester } from '../../support/rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-reflected-origin (koa-cors)', noReflectedOrigin, {
  valid: [
    "const cors = require('koa-cors'); app.use(cors({ origin: 'https://app.example.com', credentials: true }));",
    "import cors from 'koa-cors'; app.use(cors({ origin: false }));",
    // Look-alikes: @koa/cors v5 answers `*` by default; a local `cors`; a shadowing parameter.
    "import cors from '@koa/cors'; app.use(cors());",
    'const cors = (options) => options; app.use(cors());',
    "const cors = require('koa-cors'); function setup(cors) { app.use(cors()); }",
  ],
  invalid: [
    { code: "const cors = require('koa-cors'); app.use(cors());", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import cors from 'koa-cors'; app.use(cors({ credentials: true }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import * as koaCors from 'koa-cors'; app.use(koaCors.default({ origin: true, credentials: true }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import koaCors from 'koa-cors'; app.use(koaCors({ origin: (request) => request.get('Origin'), credentials: true }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
  ],
});

ruleTester.run('no-wildcard-with-credentials (koa-cors)', noWildcardWithCredentials, {
  valid: ["const cors = require('koa-cors'); app.use(cors({ origin: '*' }));"],
  invalid: [{ code: "const cors = require('koa-cors'); app.use(cors({ origin: '*', credentials: true }));", errors: [{ messageId: 'libraryWildcardWithCredentials' }] }],
});

ruleTester.run('require-vary-origin (koa-cors)', requireVaryOrigin, {
  valid: ["const cors = require('koa-cors'); app.use(cors({ origin: 'https://app.example.com' }));", "import cors from '@koa/cors'; app.use(cors({ credentials: true }));"],
  invalid: [
    { code: "const cors = require('koa-cors'); app.use(cors());", errors: [{ messageId: 'libraryOmitsVary' }] },
    { code: "import cors from 'koa-cors'; app.use(cors({ origin: (request) => (request.get('Origin') === 'https://app.example.com' ? 'https://app.example.com' : false) }));", errors: [{ messageId: 'libraryOmitsVary' }] },
  ],
});
