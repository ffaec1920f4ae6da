/**
 * The lint path loads the rules and their analysis only: never ts-morph, TypeScript or the codemod.
 * Built with the project's own tsup settings (shared chunks included) into a private folder, then
 * loaded in a fresh Node process that lists the packages it loaded.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
let outDir: string;

beforeAll(async () => {
  const { build } = await import('tsup');
  const cacheDir = path.join(REPO_ROOT, 'node_modules', '.cache');
  mkdirSync(cacheDir, { recursive: true });
  outDir = mkdtempSync(path.join(cacheDir, 'cors-lint-path-'));
  await build({
    config: false,
    entry: {
      index: path.join(REPO_ROOT, 'src/index.ts'),
      codemod: path.join(REPO_ROOT, 'codemods/index.ts'),
      cli: path.join(REPO_ROOT, 'codemods/run/cli.ts'),
    },
    format: ['esm', 'cjs'],
    outDir,
    target: 'node20',
    splitting: true,
    cjsInterop: true,
    dts: false,
    silent: true,
  });
}, 120_000);

/** The npm packages a fresh process holds after loading `entry` (`import` or `require`). */
function packagesLoadedBy(entry: string, how: 'import' | 'require'): string[] {
  const script = path.join(outDir, `list-${how}.cjs`);
  writeFileSync(
    script,
    `const load = ${how === 'import' ? '(file) => import(file)' : '(file) => Promise.resolve(require(file))'};
load(process.argv[2]).then(() => {
  const names = new Set();
  for (const file of Object.keys(require.cache)) {
    const match = /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)/.exec(file);
    if (match) names.add(match[1].replace('\\\\', '/'));
  }
  process.stdout.write(JSON.stringify([...names].sort()));
});
`,
  );
  return JSON.parse(execFileSync(process.execPath, [script, path.join(outDir, entry)], { encoding: 'utf8' })) as string[];
}

describe('modules the plugin loads', () => {
  it.each([
    ['index.js', 'import'],
    ['index.cjs', 'require'],
  ] as const)('%s (%s) loads neither ts-morph nor TypeScript', (entry, how) => {
    const loaded = packagesLoadedBy(entry, how);
    expect(loaded).toContain('@typescript-eslint/utils');
    expect(loaded).not.toContain('ts-morph');
    expect(loaded).not.toContain('typescript');
    expect(loaded).not.toContain('@ts-morph/common');
  });

  it('the check sees ts-morph when the codemod entry loads it', () => {
    expect(packagesLoadedBy('codemod.js', 'import')).toContain('ts-morph');
  });
});
