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
