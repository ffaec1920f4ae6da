import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { afterAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index';
import { loadModule, moduleReadStats } from '../../src/analysis/modules/module-file';
import { resolveModule } from '../../src/analysis/modules/resolve-module';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/cross-module');

/** Lints a fixture tree on disk with every rule on, as a project would, and lists `file:line:column rule messageId`. */
async function lintTree(directory: string, ignores: string[] = []): Promise<string[]> {
  const eslint = new ESLint({
    cwd: directory,
    overrideConfigFile: true,
    overrideConfig: [
      { ignores },
      {
        files: ['**/*.js', '**/*.ts'],
        languageOptions: { parser: tsParser, sourceType: 'module' },
        plugins: { cors: plugin as never },
        rules: Object.fromEntries(Object.keys(plugin.rules).map((name) => [`cors/${name}`, 'error'])),
      },
    ],
  });
  const results = await eslint.lintFiles(['.']);
  return results.flatMap((result) =>
    result.messages.map((m) => `${relative(directory, result.filePath).replace(/\\/g, '/')}:${m.line}:${m.column} ${m.ruleId} ${m.messageId}`),
  );
}

describe('cross-module decisions in fixture trees', () => {
  it('Express app: config/ options, an imported allowlist, a utils/ predicate and middleware', async () => {
    expect(await lintTree(join(FIXTURES, 'express-app'), ['config/broken.js'])).toEqual([
      // The development options reflect every origin: reported where they are defined, once.
      'config/devCors.js:3:3 cors/no-reflected-origin libraryReflectsOrigin',
      // Options without a CORS shape of their own are judged where `cors()` uses them.
      'server.js:14:25 cors/no-reflected-origin libraryReflectsOrigin',
      // The exported predicate is judged where it is defined; the middleware that calls it is not reported.
      'utils/isAllowedOrigin.js:3:10 cors/no-weak-origin-check weakOriginCheck',
    ]);
  });

  it('Nest app: main.ts with a config module, tsconfig paths aliases and re-exports', async () => {
    expect(await lintTree(join(FIXTURES, 'nest-app'))).toEqual([
      // `allowAllCors` answers `callback(null, origin || '')` with credentials; main.ts chooses it at run time.
      'src/config/cors.config.ts:4:3 cors/no-reflected-origin libraryReflectsOrigin',
      // `@cors` (a paths alias) re-exports `publicCors as default`: `origin: true` with no CORS shape of its own.
      'src/main.ts:14:59 cors/no-reflected-origin libraryReflectsOrigin',
      // `wildcardOrigins` comes through `export * from`, and lists `null`.
      'src/main.ts:20:20 cors/no-null-origin libraryNullOrigin',
    ]);
  });
});

describe('reading other modules', () => {
  const root = mkdtempSync(join(tmpdir(), 'cors-modules-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(resolve(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
    return join(root, path);
  };

  it('resolves relative specifiers with extensions, index files and .js written for .ts', () => {
    const importer = write('src/main.ts', '');
    const target = write('src/config/cors.ts', 'export default {};');
    const index = write('src/lists/index.js', 'module.exports = [];');
    expect(resolveModule(importer, './config/cors')).toBe(target);
    expect(resolveModule(importer, './config/cors.js')).toBe(target);
    expect(resolveModule(importer, './lists')).toBe(index);
    expect(resolveModule(importer, './config/absent')).toBeUndefined();
  });

  it('never follows packages or files inside node_modules', () => {
    const importer = write('app/server.js', '');
    write('app/node_modules/cors-config/index.js', 'module.exports = { origin: true };');
    expect(resolveModule(importer, 'cors-config')).toBeUndefined();
    expect(resolveModule(importer, './node_modules/cors-config')).toBeUndefined();
  });

  it('parses a module once per modification, and answers undefined for one that does not parse', () => {
    const path = write('cache/options.js', 'module.exports = { origin: true };');
    const first = loadModule(path, undefined);
    const reads = moduleReadStats.reads;
    expect(loadModule(path, undefined)).toBe(first);
    expect(moduleReadStats.reads).toBe(reads);
    writeFileSync(path, 'module.exports = { origin: ');
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    expect(loadModule(path, undefined)).toBeUndefined();
    expect(moduleReadStats.reads).toBe(reads + 1);
    expect(loadModule(join(root, 'cache/none.js'), undefined)).toBeUndefined();
  });

  it('stops following imports at a fixed depth', async () => {
    write('deep/package.json', '{}');
    write('deep/d.js', 'module.exports = { origin: true };');
    write('deep/c.js', "module.exports = require('./d');");
    write('deep/b.js', "module.exports = require('./c');");
    write('deep/a.js', "module.exports = require('./b');");
    write('deep/near.js', "const cors = require('cors'); const options = require('./c'); app.use(cors(options));");
    write('deep/far.js', "const cors = require('cors'); const options = require('./a'); app.use(cors(options));");
    expect(await lintTree(join(root, 'deep'))).toEqual(['near.js:1:76 cors/no-reflected-origin libraryReflectsOrigin']);
  });
});
