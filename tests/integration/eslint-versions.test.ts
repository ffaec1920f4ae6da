import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Runs against the built package (`npm test` builds first), as users get it.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

const reflectingServer = `
import express from 'express';
const app = express();
app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});
`;

const ESLINT_VERSIONS = [
  { label: 'ESLint 10', eslint: 'eslint', config: 'eslint/config', major: 10 },
  { label: 'ESLint 9', eslint: 'eslint-v9', config: 'eslint-v9/config', major: 9 },
] as const;

describe.each(ESLINT_VERSIONS)('the built plugin in $label', ({ eslint, config, major }) => {
  it('runs with the expected major version', async () => {
    const { ESLint } = await import(eslint);
    expect(Number(ESLint.version.split('.')[0])).toBe(major);
  });

  it.each([
    ['import', () => import(path.join(root, 'dist/index.js')).then((m) => m.default)],
    ['require', async () => require(path.join(root, 'dist/index.cjs'))],
  ])('reports through `extends: [cors.configs.recommended]` when loaded with %s', async (_how, load) => {
    const plugin = await load();
    const { ESLint } = await import(eslint);
    const { defineConfig } = await import(config);
    const linter = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: defineConfig([{ files: ['**/*.js'], extends: [plugin.configs.recommended] }]),
    });
    const [result] = await linter.lintText(reflectingServer, { filePath: path.join(root, 'server.js') });
    expect(result.messages.map((message: { ruleId: string }) => message.ruleId)).toContain('cors/no-reflected-origin');
  });
});
