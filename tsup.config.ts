import { fileURLToPath } from 'node:url';
import codemodManifest from './packages/cors-codemod/package.json';
import { defineConfig, type Options } from 'tsup';

/** Resolves the bare `@typescript-eslint/utils` import to the subset the plugin uses. */
const typescriptEslintUtilsSubset: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'typescript-eslint-utils-subset',
  setup(build) {
    build.onResolve({ filter: /^@typescript-eslint\/utils$/ }, () => ({
      path: fileURLToPath(new URL('src/bundle/typescript-eslint-utils.ts', import.meta.url)),
    }));
  },
};

const shared: Options = {
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  splitting: true,
  target: 'node20',
};

export default defineConfig([
  {
    ...shared,
    // The plugin: what `eslint-plugin-cors` publishes. Nothing of the codemod is reachable from here.
    // `sarif` is an ESLint formatter (`--format`), never loaded by the rules.
    entry: { index: 'src/index.ts', sarif: 'src/sarif/formatter.ts' },
    outDir: 'dist',
    // `require('eslint-plugin-cors')` must return the plugin itself, not `{ default }`.
    cjsInterop: true,
    // Only RuleCreator, findVariable and the node-type enum of @typescript-eslint/utils run here.
    // Bundling those spares a JavaScript project the TypeScript compiler that the package's peer
    // dependency would install, and a lint run the load of the package's ESLint wrappers.
    noExternal: [/^@typescript-eslint\/utils/],
    esbuildPlugins: [typescriptEslintUtilsSubset],
    // The bundled helpers are CommonJS and `require()` their dependencies; give the ESM build a require.
    banner: ({ format }) =>
      format === 'esm' ? { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } : {},
  },
  {
    ...shared,
    // The codemod: what `cors-codemod` publishes, with the same core and rules built in.
    entry: {
      index: 'codemods/index.ts',
      cli: 'codemods/run/cli.ts',
      // Loaded by path from the codemod's worker threads, next to the bundle that starts them.
      'transform-worker': 'codemods/run/transform-worker.ts',
    },
    outDir: 'packages/cors-codemod/dist',
    // Its own package's dependencies stay imports (tsup would otherwise read the plugin's manifest).
    external: Object.keys(codemodManifest.dependencies).map((name) => new RegExp(`^${name}(?:/|$)`)),
  },
]);
