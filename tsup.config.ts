import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    codemod: 'codemods/index.ts',
    cli: 'codemods/run/cli.ts',
    // An ESLint formatter (`--format`), never loaded by the rules.
    sarif: 'src/sarif/formatter.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  // `require('eslint-plugin-cors')` must return the plugin itself, not `{ default }`.
  cjsInterop: true,
  splitting: true,
  target: 'node20',
});
