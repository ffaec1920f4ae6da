import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { SERVERS_DIR, type FixtureServer } from './fixture-servers';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI_PATH = join(REPO_ROOT, 'packages', 'cors-codemod', 'dist', 'cli.js');
const CLI_TIMEOUT_MS = 120_000;

export interface ServersCopy {
  /** The copied servers; pass this directory to the codemod, then start servers from it. */
  readonly dir: string;
  /** The file's text in the copy (after the codemod, once it ran). */
  read(server: FixtureServer): string;
  remove(): void;
}

/**
 * Copies the given fixture servers (and their shared support folder) into a fresh temp dir.
 * A `node_modules` symlink next to it lets the copies import express, koa, … like the originals;
 * it sits outside the directory handed to the codemod, which never follows it anyway.
 */
export function copyServers(servers: readonly FixtureServer[]): ServersCopy {
  const root = mkdtempSync(join(tmpdir(), 'cors-codemod-servers-'));
  const dir = join(root, 'servers');
  cpSync(join(SERVERS_DIR, 'support'), join(dir, 'support'), { recursive: true });
  for (const server of servers) cpSync(join(SERVERS_DIR, server.file), join(dir, server.file));
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return {
    dir,
    read: (server) => readFileSync(join(dir, server.file), 'utf8'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export function originalText(server: FixtureServer): string {
  return readFileSync(join(SERVERS_DIR, server.file), 'utf8');
}

export interface CliRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built `cors-codemod <dir> --allow-origin … --force`, as a user would. */
export async function runCodemodCli(dir: string, allowOrigins: readonly string[]): Promise<CliRun> {
  if (!existsSync(CLI_PATH)) {
    throw new Error(`${CLI_PATH} is missing: build first with \`npm run build\` (\`npm run test:e2e\` does).`);
  }
  const args = [CLI_PATH, dir, ...allowOrigins.flatMap((origin) => ['--allow-origin', origin]), '--force'];
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, {
      cwd: dir,
      timeout: CLI_TIMEOUT_MS,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    });
    return { exitCode: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string; message: string };
    if (typeof failed.code !== 'number') throw error;
    return { exitCode: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? failed.message };
  }
}
