import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index';

// Real-world code the rules were not written against: the CORS libraries' own sources, minified
// bundles, odd syntax. No rule may crash on any of it.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const libraryFiles = globSync(
  [
    'node_modules/cors/lib/*.js',
    'node_modules/@koa/cors/index.js',
    'node_modules/@fastify/cors/*.js',
    'node_modules/express/lib/**/*.js',
    'node_modules/koa/lib/*.js',
    'node_modules/hono/dist/middleware/cors/*.js',
    'node_modules/fastify/lib/reply.js',
  ],
  { cwd: root, absolute: true },
);

function lintAll(code: string, filename: string) {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(
    code,
    [
      {
        files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
        languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
        ...plugin.configs.all,
      },
    ],
    { filename },
  );
}

function fatalMessages(messages: Linter.LintMessage[]) {
  return messages.filter((message) => message.fatal || message.ruleId === null);
}

describe('robustness on code the rules were not written for', () => {
  it('finds real library sources to lint', () => {
    expect(libraryFiles.length).toBeGreaterThan(20);
  });

  it.each(libraryFiles.map((file) => [path.relative(root, file), file]))('lints %s without a crash', (_name, file) => {
    const code = readFileSync(file, 'utf8');
    expect(fatalMessages(lintAll(code, 'file.js'))).toEqual([]);
  });

  it('lints minified bundles without a crash', () => {
    for (const file of libraryFiles.slice(0, 15)) {
      const minified = transformSync(readFileSync(file, 'utf8'), { minify: true, loader: 'js', format: 'esm' }).code;
      expect(fatalMessages(lintAll(minified, 'bundle.min.js'))).toEqual([]);
    }
  });

  it('reports a syntax error as a parse error, not a rule crash', () => {
    const messages = lintAll("res.setHeader('Access-Control-Allow-Origin', req.headers.origin", 'broken.js');
    expect(messages).toHaveLength(1);
    expect(messages[0]?.fatal).toBe(true);
    expect(messages[0]?.message).toMatch(/expected|unexpected/i);
  });

  it('handles a huge file', () => {
    const block = "app.use((req, res, next) => { res.setHeader('Access-Control-Allow-Origin', req.headers.origin); next(); });\n";
    const messages = lintAll(block.repeat(5000), 'huge.js');
    expect(fatalMessages(messages)).toEqual([]);
    expect(messages.filter((m) => m.ruleId === 'cors/no-reflected-origin')).toHaveLength(5000);
  });

  it('handles odd but valid syntax: computed keys, optional chains, spreads, holes, unicode', () => {
    const code = `
      const k = 'Access-Control-' + 'Allow-Origin';
      res?.setHeader?.(k, req?.headers?.origin);
      res.set({ ...base, [k]: o, 'Vary': undefined });
      res.writeHead(200, [, , 'Vary']);
      new Headers([['Vary'], [], ['Access-Control-Allow-Origin', 'https://é.example']]);
      set.headers[Symbol.iterator] = 1;
      ({ headers: { 'access-control-allow-origin': \`\${req.headers.origin}\` } });
    `;
    expect(fatalMessages(lintAll(code, 'odd.ts'))).toEqual([]);
  });
});
