/**
 * SIGKILL in the middle of a real write over 2,000 candidate files: every file is left whole (old
 * or new), the next run names the interrupted run, and a rerun ends with the same tree as a run
 * that was never interrupted, temporary files and the lock gone.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TEMPORARY_FILE } from '../../../codemods/run/atomic-write';
import { buildCli, runCli } from '../support/built-cli';
import { createTempProject, type TempProject } from '../support/temp-project';

const ALLOW = ['--allow-origin', 'https://app.example.com'];
const FILES = 2000;
/** Small files keep the run short: most are candidates with nothing to fix, every 10th is rewritten. */
const REFLECTS = "export function allow(req, res) {\n  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n}\n";
const VARIANTS = {
  lf: REFLECTS,
  crlf: REFLECTS.replace(/\n/g, '\r\n'),
  candidate: "export const origin = 'https://app.example.com';\n",
};
type Variant = keyof typeof VARIANTS;
const variantOf = (index: number): Variant => (index % 20 === 0 ? 'lf' : index % 20 === 10 ? 'crlf' : 'candidate');
const fileOf = (index: number) => `src/part-${Math.floor(index / 100)}/module-${index}.js`;

let cli: string;
const projects: TempProject[] = [];

beforeAll(async () => {
  cli = await buildCli();
}, 120_000);

afterAll(() => {
  for (const project of projects) project.remove();
  if (cli) rmSync(path.dirname(cli), { recursive: true, force: true });
});

function project(files: Record<string, string>): TempProject {
  const created = createTempProject('cors-codemod-kill-');
  projects.push(created);
  for (const [file, content] of Object.entries(files)) created.write(file, content);
  created.commitAll();
  return created;
}

/** What an uninterrupted run makes of each variant. */
async function expectedOutputs(): Promise<Record<Variant, string>> {
  const reference = project(Object.fromEntries(Object.entries(VARIANTS).map(([variant, text]) => [`${variant}.js`, text])));
  const run = await runCli(cli, ALLOW, reference.dir);
  expect(run.code).toBe(0);
  const outputs = Object.fromEntries(Object.keys(VARIANTS).map((variant) => [variant, reference.read(`${variant}.js`)])) as Record<Variant, string>;
  expect(outputs.lf).toContain('allowedOrigins.has(');
  expect(outputs.crlf).toBe(outputs.lf.replace(/\n/g, '\r\n'));
  expect(outputs.candidate).toBe(VARIANTS.candidate);
  return outputs;
}

it('a run killed midway leaves every file old or new, and a rerun completes the job', async () => {
  const expected = await expectedOutputs();
  const target = project(Object.fromEntries(Array.from({ length: FILES }, (_, index) => [fileOf(index), VARIANTS[variantOf(index)]])));
  const sourceFiles = target.files();
  const rewritten = Array.from({ length: FILES }, (_, index) => index).filter((index) => variantOf(index) !== 'candidate');

  const child = spawn(process.execPath, [cli, ...ALLOW], { cwd: target.dir, stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  let written = 0;
  while (child.exitCode === null && written < 30) {
    await new Promise((resolve) => setTimeout(resolve, 15));
    written = rewritten.filter((index) => target.read(fileOf(index)) !== VARIANTS[variantOf(index)]).length;
  }
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');

  // Whole files only: each is byte for byte its old or its new self.
  let newFiles = 0;
  for (let index = 0; index < FILES; index++) {
    const text = target.read(fileOf(index));
    const variant = variantOf(index);
    expect([VARIANTS[variant], expected[variant]], fileOf(index)).toContain(text);
    if (text !== VARIANTS[variant]) newFiles++;
  }
  expect(newFiles).toBeGreaterThan(0);
  expect(newFiles).toBeLessThan(rewritten.length); // killed midway, not after the end
  const leftovers = target.files().filter((file) => !sourceFiles.includes(file));
  for (const file of leftovers) expect(path.basename(file)).toMatch(TEMPORARY_FILE);

  // The files it rewrote are uncommitted changes now: the next run refuses, naming the killed run.
  const refused = await runCli(cli, ALLOW, target.dir);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toMatch(/refusing to run: the git tree has uncommitted changes/);
  expect(refused.stderr).toContain(`A cors-codemod run (pid ${child.pid}, started `);
  expect(refused.stderr).toMatch(/was interrupted here: the files it rewrote are whole, and --force finishes its job\./);

  const rerun = await runCli(cli, [...ALLOW, '--force', '--json'], target.dir);
  expect(rerun.code).toBe(0);
  expect(JSON.parse(rerun.stdout)).toMatchObject({ filesScanned: FILES, candidates: FILES, filesChanged: rewritten.length - newFiles, failures: [] });
  for (let index = 0; index < FILES; index++) expect(target.read(fileOf(index)), fileOf(index)).toBe(expected[variantOf(index)]);
  expect(target.files()).toEqual(sourceFiles);
  expect(existsSync(path.join(target.dir, '.git', 'cors-codemod.lock'))).toBe(false);
  expect(readFileSync(path.join(target.dir, fileOf(10)), 'utf8')).toContain('\r\n');
}, 240_000);

it.each(['SIGINT', 'SIGTERM'] as const)('a run stopped with %s removes its lock and still dies of the signal', async (signal) => {
  const target = project(Object.fromEntries(Array.from({ length: 200 }, (_, index) => [fileOf(index), VARIANTS[variantOf(index)]])));
  const lockFile = path.join(target.dir, '.git', 'cors-codemod.lock');
  const child = spawn(process.execPath, [cli, ...ALLOW], { cwd: target.dir, stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, received) => resolve(received)));
  const holder = () => (existsSync(lockFile) ? readFileSync(lockFile, 'utf8') : '');
  while (child.exitCode === null && !holder().includes(`"pid":${child.pid},`)) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(JSON.parse(holder())).toMatchObject({ pid: child.pid });
  child.kill(signal);
  expect(await exited).toBe(signal);
  expect(existsSync(lockFile)).toBe(false);
}, 120_000);
