// The demo runs the built packages, as a user would. It rebuilds them only when a source is newer
// than the build, without type declarations (they are for TypeScript users, not the demo) and
// without the bundler's log. `npm run build` remains the full build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCE_DIRS = ['src', 'rules', 'codemods'];
const OUTPUTS = ['dist/index.js', 'dist/index.cjs', 'packages/cors-codemod/dist/index.js', 'packages/cors-codemod/dist/cli.js'];

/** Newest modification time under `dir`, in ms. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

function isStale(root) {
  const outputs = OUTPUTS.map((name) => path.join(root, name));
  if (!outputs.every((file) => existsSync(file))) return true;
  const built = Math.min(...outputs.map((file) => statSync(file).mtimeMs));
  const sources = Math.max(...SOURCE_DIRS.map((dir) => newest(path.join(root, dir))), statSync(path.join(root, 'tsup.config.ts')).mtimeMs);
  return sources > built;
}

/** Builds both packages when a build is missing or older than the sources; keeps existing declarations. */
export async function ensureDemoBuild(root) {
  if (!isStale(root)) return;
  const { build } = await import('tsup');
  const cwd = process.cwd();
  process.chdir(root);
  try {
    // tsup.config.ts gives entries and formats; these options win over it.
    await build({ dts: false, clean: false, silent: true });
  } finally {
    process.chdir(cwd);
  }
}
