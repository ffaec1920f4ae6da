import path from 'node:path';
import rule from '../../rules/no-reflected-origin';
import noNullOrigin from '../../rules/no-null-origin';
import { createRuleTester } from '../support/rule-tester';

const ruleTester = createRuleTester();
/** The linted file sits next to real modules on disk (tests/fixtures/cross-module/import-forms/lib/). */
const filename = path.join(import.meta.dirname, '../fixtures/cross-module/import-forms/importer.ts');
const reflects = [{ messageId: 'libraryReflectsOrigin' as const }];

ruleTester.run('no-reflected-origin (decisions imported from project modules)', rule, {
  valid: [
    { code: "import cors from 'cors'; import { exact } from './lib/esm-options'; app.use(cors(exact));", filename },
    { code: "import cors from 'cors'; import { fromEnv } from './lib/reexport'; app.use(cors({ origin: fromEnv, credentials: true }));", filename },
    // Missing, unparseable and package modules are unknown, never an error.
    { code: "import cors from 'cors'; import missing from './lib/missing'; app.use(cors(missing));", filename },
    { code: "import cors from 'cors'; const broken = require('./lib/broken'); app.use(cors(broken));", filename },
    { code: "import cors from 'cors'; import shared from 'shared-cors-options'; app.use(cors(shared));", filename },
    // A type-only import holds no value.
    { code: "import cors from 'cors'; import type named from './lib/esm-options'; app.use(cors(named));", filename },
    // Shadowed: the parameter, not the import.
    { code: "import cors from 'cors'; import options from './lib/options-true'; function mount(options) { app.use(cors(options)); }", filename },
  ],
  invalid: [
    { code: "import cors from 'cors'; import options from './lib/options-true'; app.use(cors(options));", filename, errors: reflects },
    { code: "import cors from 'cors'; import options from './lib/options-true.js'; app.use(cors(options));", filename, errors: reflects },
    { code: "const cors = require('cors'); const options = require('./lib/options-true'); app.use(cors(options));", filename, errors: reflects },
    { code: "const cors = require('cors'); app.use(cors(require('./lib/options-true')));", filename, errors: reflects },
    { code: "import cors from 'cors'; import esm from './lib/esm-options'; app.use(cors(esm));", filename, errors: reflects },
    { code: "import cors from 'cors'; import { named as n } from './lib/esm-options'; app.use(cors(n));", filename, errors: reflects },
    { code: "import cors from 'cors'; import * as lib from './lib/esm-options'; app.use(cors(lib.named));", filename, errors: reflects },
    { code: "import cors from 'cors'; import { renamed } from './lib/reexport'; app.use(cors(renamed));", filename, errors: reflects },
    { code: "import cors from 'cors'; const { allowAll } = require('./lib/origin-values'); app.use(cors({ origin: allowAll, credentials: true }));", filename, errors: reflects },
    { code: "import cors from 'cors'; import { anyOrigin } from './lib/reexport'; app.use(cors({ origin: anyOrigin }));", filename, errors: reflects },
    // Chosen at run time between a local and an imported object.
    {
      code: "import cors from 'cors'; import options from './lib/options-true'; app.use(cors(strict ? { origin: ['https://a.example'] } : options));",
      filename,
      errors: reflects,
    },
  ],
});

ruleTester.run('no-null-origin (allowlists imported from project modules)', noNullOrigin, {
  valid: [{ code: "import cors from 'cors'; import { fromEnv } from './lib/origin-values'; app.use(cors({ origin: fromEnv }));", filename }],
  invalid: [
    {
      code: "import cors from 'cors'; import { listWithNull } from './lib/reexport'; app.use(cors({ origin: listWithNull, credentials: true }));",
      filename,
      errors: [{ messageId: 'libraryNullOrigin' }],
    },
  ],
});

ruleTester.run('no-reflected-origin (helpers imported from project modules)', rule, {
  valid: [
    // Checked before the call, or inside the helper; a helper that writes a constant.
    { code: "import { setCorsHeaders } from './lib/helpers/cors-headers'; function h(req, res) { const o = req.headers.origin; if (o === 'https://app.example.com') setCorsHeaders(res, o); }", filename },
    { code: "import { setCheckedCorsHeaders } from './lib/helpers/cors-headers'; function h(req, res) { setCheckedCorsHeaders(res, req.headers.origin); }", filename },
    { code: "import { setFixedCorsHeaders } from './lib/helpers/cors-headers'; function h(req, res) { setFixedCorsHeaders(res, req.headers.origin); }", filename },
    // Passed something other than the origin.
    { code: "import { setCorsHeaders } from './lib/helpers/cors-headers'; function h(req, res) { setCorsHeaders(res, 'https://app.example.com'); }", filename },
    // An imported check that is exact, as the guard before the call.
    { code: "import { setCorsHeaders } from './lib/helpers/cors-headers'; import { isAllowedOrigin } from './lib/helpers/origin-checks'; function h(req, res) { const o = req.headers.origin; if (isAllowedOrigin(o)) setCorsHeaders(res, o); }", filename },
    { code: "import { isAllowedOrigin } from './lib/helpers'; function h(req, res) { const o = req.headers.origin; if (!isAllowedOrigin(o)) return; res.setHeader('Access-Control-Allow-Origin', o); }", filename },
    // The helper's own module reports its write (its own call passes the Origin): not again here.
    { code: "const { setCors } = require('./lib/helpers/self-reported'); function h(req, res) { setCors(res, req.headers.origin); }", filename },
    // Shadowed: a local function of the same name.
    { code: "import { setCorsHeaders } from './lib/helpers/cors-headers'; function h(req, res) { const setCorsHeaders = (r, o) => r.end(); setCorsHeaders(res, req.headers.origin); }", filename },
    // A package's helper is not the project's code.
    { code: "import { setCorsHeaders } from 'some-cors-helpers'; function h(req, res) { setCorsHeaders(res, req.headers.origin); }", filename },
  ],
  invalid: [
    {
      code: "import { setCorsHeaders } from './lib/helpers/cors-headers'; function h(req, res) { setCorsHeaders(res, req.headers.origin); }",
      filename,
      errors: [{ messageId: 'reflectedOriginThroughHelper', line: 1, column: 105 }],
    },
    { code: "const { setCorsHeaders } = require('./lib/helpers/cors-headers'); function h(req, res) { setCorsHeaders(res, req.get('origin')); }", filename, errors: [{ messageId: 'reflectedOriginThroughHelper' }] },
    { code: "import * as helpers from './lib/helpers/cors-headers'; function h(req, res) { helpers.setCorsHeaders(res, req.headers.origin); }", filename, errors: [{ messageId: 'reflectedOriginThroughHelper' }] },
    // Through a re-export (`export { setCorsHeaders } from './cors-headers'`).
    { code: "import { setCorsHeaders } from './lib/helpers'; function h(req, res) { setCorsHeaders(res, req.headers.origin); }", filename, errors: [{ messageId: 'reflectedOriginThroughHelper' }] },
    // An imported "check" that accepts everything guards nothing.
    {
      code: "import { setCorsHeaders } from './lib/helpers/cors-headers'; import { acceptsEverything } from './lib/helpers'; function h(req, res) { const o = req.headers.origin; if (acceptsEverything(o)) setCorsHeaders(res, o); }",
      filename,
      errors: [{ messageId: 'reflectedOriginThroughHelper' }],
    },
    {
      code: "import { acceptsEverything } from './lib/helpers/origin-checks'; function h(req, res) { const o = req.headers.origin; if (acceptsEverything(o)) res.setHeader('Access-Control-Allow-Origin', o); }",
      filename,
      errors: [
        {
          messageId: 'reflectedOrigin',
          suggestions: [
            {
              messageId: 'allowlistOrigin',
              output:
                "import { acceptsEverything } from './lib/helpers/origin-checks';\nconst allowedOrigins = new Set<string>([/* the exact trusted origins, e.g. 'https://app.example.com' */]); function h(req, res) { const o = req.headers.origin; if (acceptsEverything(o)) { if (allowedOrigins.has(o ?? '')) res.setHeader('Access-Control-Allow-Origin', o); } }",
            },
          ],
        },
      ],
    },
  ],
});
