/**
 * The lint path loads the rules and their analysis only: never ts-morph, TypeScript or the codemod.
 * Loads the built packages (`npm test` builds first) in a fresh Node process that lists the
 * packages it loaded.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
const scripts = mkdtempSync(path.join(tmpdir(), 'cors-lint-path-'));

/** The npm packages a fresh process holds after loading `entry` (`import` or `require`). */
function packagesLoadedBy(entry: string, how: 'import' | 'require'): string[] {
  const script = path.join(scripts, `list-${how}.cjs`);
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
  return JSON.parse(execFileSync(process.execPath, [script, path.join(REPO_ROOT, entry)], { encoding: 'utf8' })) as string[];
}

describe('modules the plugin loads', () => {
  it.each([
    ['dist/index.js', 'import'],
    ['dist/index.cjs', 'require'],
  ] as const)('%s (%s) loads neither ts-morph nor TypeScript', (entry, how) => {
    const loaded = packagesLoadedBy(entry, how);
    expect(loaded).toContain('@eslint-community/eslint-utils');
    // The few @typescript-eslint/utils helpers the rules run are bundled; the package is not loaded.
    expect(loaded.filter((name) => name.startsWith('@typescript-eslint/'))).toEqual([]);
    expect(loaded).not.toContain('ts-morph');
    expect(loaded).not.toContain('typescript');
    expect(loaded).not.toContain('@ts-morph/common');
  });

  it('the check sees ts-morph when the codemod entry loads it', () => {
    expect(packagesLoadedBy('packages/cors-codemod/dist/index.js', 'import')).toContain('ts-morph');
  });
});
