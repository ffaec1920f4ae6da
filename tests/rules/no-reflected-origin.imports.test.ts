import path from 'node:path';
import rule from '../../rules/no-reflected-origin';
import noNullOrigin from '../../rules/no-null-origin';
import validHeaderValue from '../../rules/valid-cors-header-value';
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

/**
 * An imported list looked up with the request origin is checked entry by entry, and reported at
 * the imported name in the lookup (the list alone is not known to hold origins in its module).
 */
const IMPORTED_LOOKUP = "import cors from 'cors'; import { allowedOrigins } from './lib/allowed-origins'; app.use(cors({ origin: (o, cb) => cb(null, allowedOrigins.includes(o)) }));";
const importedEntry = (value: string) => ({
  messageId: 'unmatchableImportedEntry' as const,
  line: 1,
  column: IMPORTED_LOOKUP.indexOf('allowedOrigins.includes') + 1,
  data: { list: 'allowedOrigins', module: './lib/allowed-origins.js', value, reason: REASONS[value]! },
});
const REASONS: Record<string, string> = {
  '*': '`*` is compared as text here and equals no origin',
  'https://admin.example.com/': 'it ends with a slash; an origin has no path',
  'https://docs.example.com/guide': 'it has a path, query or fragment; an origin has none',
};

ruleTester.run('valid-cors-header-value (allowlists imported into a local callback)', validHeaderValue, {
  valid: [
    { code: "import cors from 'cors'; import { exactOrigins } from './lib/allowed-origins'; app.use(cors({ origin: (o, cb) => cb(null, exactOrigins.includes(o)) }));", filename },
    // Not looked up with the origin.
    { code: "import { allowedOrigins } from './lib/allowed-origins'; console.log(allowedOrigins.includes('https://app.example.com'));", filename },
    // A Set's `includes` is no lookup (Sets have `has`).
    { code: "import cors from 'cors'; import { trustedOrigins } from './lib/allowed-set'; app.use(cors({ origin: (o, cb) => cb(null, trustedOrigins.includes(o)) }));", filename },
    // The module judges its own lookups: not again here.
    { code: "import cors from 'cors'; import { localList } from './lib/self-checked-list'; app.use(cors({ origin: (o, cb) => cb(null, localList.includes(o)) }));", filename },
    // Shadowed by a local list.
    { code: "import cors from 'cors'; import { allowedOrigins } from './lib/allowed-origins'; app.use(cors({ origin: (o, cb) => { const allowedOrigins = ['https://app.example.com']; cb(null, allowedOrigins.includes(o)); } }));", filename },
  ],
  invalid: [
    { code: IMPORTED_LOOKUP, filename, errors: ['*', 'https://admin.example.com/', 'https://docs.example.com/guide'].map(importedEntry) },
    // In a hand-written handler, through require() and a namespace import.
    {
      code: "const lists = require('./lib/allowed-origins'); function h(req, res) { const o = req.headers.origin; if (lists.allowedOrigins.indexOf(o) !== -1) res.setHeader('Access-Control-Allow-Origin', o); }",
      filename,
      errors: [{ messageId: 'unmatchableImportedEntry' }, { messageId: 'unmatchableImportedEntry' }, { messageId: 'unmatchableImportedEntry' }],
    },
  ],
});

ruleTester.run('no-null-origin (allowlists imported into a local callback)', noNullOrigin, {
  valid: [
    { code: "import cors from 'cors'; import { exactOrigins } from './lib/allowed-origins'; app.use(cors({ origin: (o, cb) => cb(null, exactOrigins.includes(o)) }));", filename },
    { code: "import cors from 'cors'; import { localList } from './lib/self-checked-list'; app.use(cors({ origin: (o, cb) => cb(null, localList.includes(o)) }));", filename },
  ],
  invalid: [
    { code: IMPORTED_LOOKUP, filename, errors: [{ messageId: 'nullInImportedAllowlist', data: { list: 'allowedOrigins', module: './lib/allowed-origins.js' } }] },
    {
      code: "import cors from 'cors'; import { trustedOrigins } from './lib/allowed-set'; app.use(cors({ origin: (o, cb) => cb(null, trustedOrigins.has(o)) }));",
      filename,
      errors: [{ messageId: 'nullInImportedAllowlist', data: { list: 'trustedOrigins', module: './lib/allowed-set.ts' } }],
    },
  ],
});
