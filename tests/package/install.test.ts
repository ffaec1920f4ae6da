/**
 * The packages as users install them: `npm pack` both, install each into a fresh project from the
 * tarball, and use it there. The plugin must lint with nothing but ESLint beside it (no ts-morph, no
 * TypeScript), and `npx cors-codemod` must run in one command.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import rootManifest from '../../package.json';
import codemodManifest from '../../packages/cors-codemod/package.json';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslintRange = rootManifest.devDependencies.eslint;
const scratch = mkdtempSync(path.join(tmpdir(), 'cors-packages-'));
const NPM_FLAGS = ['--no-audit', '--no-fund', '--loglevel=error', '--prefer-offline'];

const reflectingServer = `const express = require('express');
const app = express();
app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  next();
});
`;

function npm(args: readonly string[], cwd: string): string {
  return execFileSync('npm', [...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function pack(dir: string): string {
  const [{ filename }] = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch], dir));
  return path.join(scratch, filename);
}

function project(name: string, dependencies: Record<string, string>): string {
  const dir = path.join(scratch, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module', dependencies }));
  npm(['install', ...NPM_FLAGS], dir);
  return dir;
}

/** Bytes of every file below `dir`, symlinks not followed. */
function sizeOf(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += sizeOf(full);
    else total += lstatSync(full).size;
  }
  return total;
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

let pluginTarball: string;
let codemodTarball: string;

beforeAll(() => {
  pluginTarball = pack(root);
  codemodTarball = pack(path.join(root, 'packages', 'cors-codemod'));
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('eslint-plugin-cors installed from its tarball', () => {
  it('lints through `extends` beside ESLint alone, and adds little to node_modules', () => {
    const eslintOnly = project('eslint-only', { eslint: eslintRange });
    const withPlugin = project('with-plugin', { eslint: eslintRange, 'eslint-plugin-cors': `file:${pluginTarball}` });
    writeFileSync(
      path.join(withPlugin, 'eslint.config.js'),
      "import cors from 'eslint-plugin-cors';\nexport default [{ files: ['**/*.cjs'], ...cors.configs.recommended }];\n",
    );
    writeFileSync(path.join(withPlugin, 'server.cjs'), reflectingServer);
    const lint = spawnSync(process.execPath, ['node_modules/eslint/bin/eslint.js', '--format', 'json', 'server.cjs'], {
      cwd: withPlugin,
      encoding: 'utf8',
    });
    expect(lint.status, lint.stderr).toBe(1);
    const ruleIds = JSON.parse(lint.stdout)[0].messages.map((message: { ruleId: string }) => message.ruleId);
    expect(ruleIds).toContain('cors/no-reflected-origin');

    const installed = readdirSync(path.join(withPlugin, 'node_modules'));
    expect(installed).not.toContain('ts-morph');
    expect(installed).not.toContain('typescript');
    const baseline = sizeOf(path.join(eslintOnly, 'node_modules'));
    const total = sizeOf(path.join(withPlugin, 'node_modules'));
    console.log(
      `install size: ESLint alone ${megabytes(baseline)}, with eslint-plugin-cors ${megabytes(total)} (+${megabytes(total - baseline)})`,
    );
    expect(total - baseline).toBeLessThan(3_000_000);
  }, 300_000);
});

describe('cors-codemod installed from its tarball', () => {
  it('declares every package its build imports', () => {
    const declared = new Set(Object.keys(codemodManifest.dependencies));
    const dist = path.join(root, 'packages', 'cors-codemod', 'dist');
    const imported = new Set<string>();
    for (const file of readdirSync(dist).filter((name) => name.endsWith('.js'))) {
      const text = readFileSync(path.join(dist, file), 'utf8');
      for (const [, specifier] of text.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*["']([^."'][^"']*)["']/gm)) {
        if (specifier.startsWith('node:') || !/^[@a-z]/.test(specifier)) continue;
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
        imported.add(name);
      }
    }
    const builtins = new Set(['child_process', 'crypto', 'fs', 'module', 'os', 'path', 'url', 'util', 'vm', 'worker_threads', 'tty']);
    expect([...imported].filter((name) => !builtins.has(name) && !declared.has(name))).toEqual([]);
    expect(codemodManifest.version).toBe(rootManifest.version);
  });

  it('runs with `npx cors-codemod` in one command', () => {
    const target = path.join(scratch, 'legacy-repo');
    mkdirSync(target, { recursive: true });
    writeFileSync(path.join(target, 'server.cjs'), reflectingServer);
    const run = spawnSync(
      'npx',
      ['--yes', `--package=${codemodTarball}`, 'cors-codemod', '.', '--dry-run', '--diff', '--force', '--allow-origin', 'https://app.example.com'],
      { cwd: target, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(run.stderr).not.toMatch(/Cannot find (module|package)/);
    expect(run.stdout).toContain("+  if (allowedOrigins.has(req.headers.origin ?? ''))");
  }, 300_000);
});
