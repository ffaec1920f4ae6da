/**
 * With type information, imported modules are taken from the program: resolved by TypeScript's own
 * module resolution and parsed from the program's source files, never read from disk. The same
 * cases give the same findings with and without a program.
 */
import path from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { beforeAll, describe, expect, it } from 'vitest';
import noNullOrigin from '../../rules/no-null-origin';
import noReflectedOrigin from '../../rules/no-reflected-origin';
import { moduleReadStats } from '../../src/analysis/modules/module-file';
import { createRuleTester } from '../support/rule-tester';

const fixtures = path.join(import.meta.dirname, '../fixtures/cross-module/typed');
const filename = path.join(fixtures, 'importer.ts');

const typedRuleTester = new RuleTester({ languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: fixtures } } });
const untypedRuleTester = createRuleTester();

const HANDLER = 'declare const app: { use(handler: unknown): void }; declare function cors(options: unknown): unknown;';
const REFLECTED = {
  valid: [
    { code: `import cors from 'cors'; import { allowedOrigins } from './src/cors/allowed'; ${HANDLER} app.use(cors({ origin: allowedOrigins.filter((o) => o !== 'null') }));`, filename },
    // A package is not the project's code, with or without a program.
    { code: "import cors from 'cors'; import shared from 'shared-cors-options'; app.use(cors(shared));", filename },
  ],
  invalid: [
    { code: "import cors from 'cors'; import { corsOptions } from './src/cors/options'; app.use(cors(corsOptions));", filename, errors: [{ messageId: 'libraryReflectsOrigin' as const }] },
    // A `paths` alias and a re-export, which TypeScript resolves.
    { code: "import cors from 'cors'; import { corsOptions } from '@cors/index'; app.use(cors(corsOptions));", filename, errors: [{ messageId: 'libraryReflectsOrigin' as const }] },
    {
      code: "import { setCorsHeaders } from '@cors/index'; export function handle(req: { headers: { origin: string } }, res: { setHeader(n: string, v: string): void }) { setCorsHeaders(res, req.headers.origin); }",
      filename,
      errors: [{ messageId: 'reflectedOriginThroughHelper' as const }],
    },
  ],
};
const NULL_ORIGIN = {
  valid: [],
  invalid: [
    {
      code: "import cors from 'cors'; import { allowedOrigins } from '@cors/allowed'; app.use(cors({ origin: (o: string, cb: (e: null, ok: boolean) => void) => cb(null, allowedOrigins.includes(o)) }));",
      filename,
      errors: [{ messageId: 'nullInImportedAllowlist' as const }],
    },
  ],
};

describe('imported modules from the program', () => {
  let reads = 0;
  let fromProgram = 0;
  beforeAll(() => {
    reads = moduleReadStats.reads;
    fromProgram = moduleReadStats.fromProgram;
  });
  describe('typed', () => {
    typedRuleTester.run('no-reflected-origin (typed)', noReflectedOrigin, REFLECTED);
    typedRuleTester.run('no-null-origin (typed)', noNullOrigin, NULL_ORIGIN);
  });
  it('read no module file: every module came from the program', () => {
    expect(moduleReadStats.reads).toBe(reads);
    expect(moduleReadStats.fromProgram).toBeGreaterThan(fromProgram);
  });
});

describe('the same cases without type information', () => {
  untypedRuleTester.run('no-reflected-origin (untyped)', noReflectedOrigin, REFLECTED);
  untypedRuleTester.run('no-null-origin (untyped)', noNullOrigin, NULL_ORIGIN);
  it('read the modules from disk', () => {
    expect(moduleReadStats.reads).toBeGreaterThan(0);
  });
});
