/**
 * A private ESM build of the CLI for tests: the same tsup bundling as `npm run build` (the codemod
 * package's dependencies external, everything else inlined), written under node_modules/.cache so the bundle resolves the
 * repository's node_modules and never races the real dist/.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import codemodManifest from '../../../packages/cors-codemod/package.json';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export async function buildCli(): Promise<string> {
  const { build } = await import('tsup');
  const cacheDir = path.join(REPO_ROOT, 'node_modules', '.cache');
  mkdirSync(cacheDir, { recursive: true });
  const outDir = mkdtempSync(path.join(cacheDir, 'cors-codemod-cli-'));
  await build({
    config: false,
    entry: {
      cli: path.join(REPO_ROOT, 'codemods', 'run', 'cli.ts'),
      'transform-worker': path.join(REPO_ROOT, 'codemods', 'run', 'transform-worker.ts'),
    },
    format: ['esm'],
    outDir,
    target: 'node20',
    splitting: false,
    dts: false,
    silent: true,
    external: Object.keys(codemodManifest.dependencies).map((name) => new RegExp(`^${name}(?:/|$)`)),
  });
  return path.join(outDir, 'cli.js');
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(cli: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
