import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    codemod: 'codemods/index.ts',
    cli: 'codemods/run/cli.ts',
    // Loaded by path from the codemod's worker threads, next to the bundle that starts them.
    'transform-worker': 'codemods/run/transform-worker.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  // `require('eslint-plugin-cors')` must return the plugin itself, not `{ default }`.
  cjsInterop: true,
  splitting: true,
  target: 'node20',
});
