/**
 * Two runs started at once on the same tree: one writes, the other stops with the lock message
 * before touching anything (or, when it starts after the first is done, finds nothing to do), and
 * the tree ends as one run leaves it, every file whole.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodemodLockedError } from '../../../codemods/run/lock';
import { runCodemod } from '../../../codemods/run/runner';
import { buildCli, runCli, type CliRun } from '../support/built-cli';
import { createTempProject, type TempProject } from '../support/temp-project';

const ALLOW = ['--allow-origin', 'https://app.example.com'];
const LOCKED = /^cors-codemod: refusing to run: another cors-codemod run \(pid \d+, started [^)]+\) is rewriting this tree\./;
const FILES = 40;
/** A small file the codemod rewrites (reflected Origin), so many fit in a short run. */
const SERVER = "export function allow(req, res) {\n  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n}\n";

let cli: string;
const projects: TempProject[] = [];

beforeAll(async () => {
  cli = await buildCli();
}, 120_000);

afterAll(() => {
  for (const project of projects) project.remove();
  if (cli) rmSync(path.dirname(cli), { recursive: true, force: true });
});

function project({ git }: { git: boolean }): TempProject {
  const created = createTempProject('cors-codemod-concurrent-');
  projects.push(created);
  for (let index = 0; index < FILES; index++) created.write(`src/server-${index}.js`, SERVER);
  if (git) created.commitAll();
  return created;
}

/** The tree one uninterrupted run leaves. */
async function singleRunResult(): Promise<string> {
  const reference = createTempProject('cors-codemod-concurrent-ref-');
  projects.push(reference);
  reference.write('server.js', SERVER);
  expect((await runCli(cli, ALLOW, reference.dir)).code).toBe(0);
  return reference.read('server.js');
}

/** Both CLIs spawned in the same tick. */
function runTwice(dir: string): Promise<CliRun[]> {
  return Promise.all(
    [0, 1].map(
      () =>
        new Promise<CliRun>((resolve, reject) => {
          const child = spawn(process.execPath, [cli, ...ALLOW], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
          let stdout = '';
          let stderr = '';
          child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
          child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
          child.on('error', reject);
          child.on('close', (code) => resolve({ code, stdout, stderr }));
        }),
    ),
  );
}

describe('two runs at once', () => {
  it.each([
    ['outside git', false],
    ['in a git work tree', true],
  ])('%s: they serialize through the lock and the tree ends as after one run', async (_name, git) => {
    const expected = await singleRunResult();
    const target = project({ git });
    const files = target.files();
    const runs = await runTwice(target.dir);
    const [winner, other] = runs[0]!.code === 0 ? [runs[0]!, runs[1]!] : [runs[1]!, runs[0]!];
    expect(winner.code).toBe(0);
    expect(winner.stderr).toMatch(new RegExp(`${FILES} changed`));
    if (other.code === 2) {
      // Locked out, or (having started after the first finished) refused because its changes are uncommitted.
      expect(other.stderr).toMatch(git ? new RegExp(`${LOCKED.source}|refusing to run: the git tree has uncommitted changes`) : LOCKED);
    } else {
      expect(other).toMatchObject({ code: 0, stderr: expect.stringMatching(/0 changed/) });
    }
    for (const file of files) expect(target.read(file), file).toBe(expected);
    expect(target.files()).toEqual(files);
  }, 120_000);

  it('in one process: the second call stops with the lock message and nothing interleaves', async () => {
    const expected = await singleRunResult();
    const target = project({ git: false });
    const results = await Promise.allSettled([0, 1].map(() => runCodemod(['.'], { cwd: target.dir, allowOrigins: ['https://app.example.com'] })));
    const fulfilled = results.filter((result) => result.status === 'fulfilled');
    const rejected = results.filter((result) => result.status === 'rejected');
    expect(fulfilled.map((result) => result.value.filesChanged)).toEqual([FILES]);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.reason).toBeInstanceOf(CodemodLockedError);
    expect(String(rejected[0]?.reason)).toMatch(/refusing to run: another cors-codemod run \(pid \d+, started /);
    for (const file of target.files()) expect(target.read(file), file).toBe(expected);
    expect(target.files()).toHaveLength(FILES);
  }, 120_000);
});
