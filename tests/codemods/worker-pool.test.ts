/**
 * The worker-thread pool gives the same bytes, summary and diff as one thread, and a thread that
 * dies on one file fails that file only. Runs the built CLI: worker threads load the built entry.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli, type CliRun } from './support/built-cli';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Fixture trees with sites of every transform, files it leaves alone and files it cannot fix. */
const TREES = ['tests/codemods/__testfixtures__', 'tests/servers'];
const CRASH_ENV = 'CORS_CODEMOD_TEST_WORKER_CRASH_ON';
const EXHAUST_HEAP_ENV = 'CORS_CODEMOD_TEST_WORKER_EXHAUST_HEAP_ON';

let cli: string;
const temps: string[] = [];

beforeAll(async () => {
  cli = await buildCli();
}, 120_000);

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function copyTree(tree: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'cors-codemod-pool-'));
  temps.push(dir);
  cpSync(path.join(REPO_ROOT, tree), dir, { recursive: true, filter: (source) => !source.includes('node_modules') });
  return dir;
}

/** Every file of `dir` by relative path, as bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) files.set(path.relative(dir, path.join(entry.parentPath, entry.name)), readFileSync(path.join(entry.parentPath, entry.name)));
  }
  return files;
}

function summaryOf(run: CliRun): Record<string, unknown> {
  const { durationMs, ...summary } = JSON.parse(run.stdout) as Record<string, unknown>;
  expect(durationMs).toEqual(expect.any(Number));
  return summary;
}

async function codemod(tree: string, workers: number, extra: readonly string[] = [], env: NodeJS.ProcessEnv = {}) {
  const dir = copyTree(tree);
  const run = await runCli(cli, ['--json', '--force', '--allow-origin', 'https://app.example.com', '--workers', String(workers), ...extra, '.'], dir, env);
  return { dir, run };
}

/** One single-thread run per tree, shared by the tests that compare against it. */
const singleRuns = new Map<string, ReturnType<typeof codemod>>();
const singleRun = (tree: string) => singleRuns.get(tree) ?? singleRuns.set(tree, codemod(tree, 1, ['--diff'])).get(tree)!;
const CLI_RUNS_MS = 600_000; // a few CLI runs, each starting Node and ts-morph

describe.each(TREES)('the pool on %s', (tree) => {
  it(
    'writes the same bytes, summary and diff with 3 workers as with 1, files in sorted order',
    async () => {
      const single = await singleRun(tree);
      const pool = await codemod(tree, 3, ['--diff']);
      expect(pool.run.code).toBe(single.run.code);
      expect(pool.run.stderr).toBe(single.run.stderr);
      const summary = summaryOf(single.run) as { filesChanged: number; diffs: Array<{ file: string }> };
      expect(summary.filesChanged).toBeGreaterThan(0);
      expect(summaryOf(pool.run)).toEqual(summary);
      const files = summary.diffs.map((entry) => entry.file);
      expect(files).toEqual([...files].sort((a, b) => a.localeCompare(b)));
      expect(snapshot(pool.dir)).toEqual(snapshot(single.dir));
      expect(snapshot(single.dir)).not.toEqual(snapshot(path.join(REPO_ROOT, tree)));
    },
    CLI_RUNS_MS,
  );
});

describe('a worker thread that dies', () => {
  const tree = TREES[0]!;
  const victim = path.join('allowlist-reflected-origin', 'express.input.ts');

  it(
    'fails only the file it was on; every other file is done as in one thread',
    async () => {
      const single = await singleRun(tree);
      const crashed = await codemod(tree, 2, ['--diff'], { [CRASH_ENV]: victim });
      expect(crashed.run.code).toBe(1);
      const summary = summaryOf(crashed.run) as { failures: Array<{ file: string; error: string }>; changedFiles: string[] };
      expect(summary.failures).toEqual([{ file: victim, error: expect.stringContaining('the worker thread stopped while transforming this file') }]);
      const expected = summaryOf(single.run) as { changedFiles: string[] };
      expect(expected.changedFiles).toContain(victim);
      expect(summary.changedFiles).toEqual(expected.changedFiles.filter((file) => file !== victim));

      const after = snapshot(crashed.dir);
      const reference = snapshot(single.dir);
      expect(after.get(victim)).toEqual(readFileSync(path.join(REPO_ROOT, tree, victim)));
      after.delete(victim);
      reference.delete(victim);
      expect(after).toEqual(reference);
    },
    CLI_RUNS_MS,
  );
});

describe('a file that exhausts a pool thread\'s heap', () => {
  const tree = TREES[0]!;
  const heavy = path.join('allowlist-reflected-origin', 'express.input.ts');

  it(
    'is retried on a thread without the bound, and the run ends as in one thread',
    async () => {
      const single = await singleRun(tree);
      const retried = await codemod(tree, 2, ['--diff'], { [EXHAUST_HEAP_ENV]: heavy });
      const summary = summaryOf(retried.run) as { failures: unknown[]; changedFiles: string[] };
      expect(summary.failures).toEqual([]);
      expect(retried.run.code).toBe(single.run.code);
      expect(summary.changedFiles).toContain(heavy);
      expect(summaryOf(retried.run)).toEqual(summaryOf(single.run));
      expect(snapshot(retried.dir)).toEqual(snapshot(single.dir));
    },
    CLI_RUNS_MS,
  );
});
