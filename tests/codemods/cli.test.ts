/**
 * The `cors-codemod` binary, spawned from a fresh tsup build of codemods/run/cli.ts on temporary
 * projects: usage errors, refusals, dry runs, JSON, problem files, symlinks, writes and re-runs.
 */
import { chmodSync, rmSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CodemodSummary } from '../../codemods/run/summary';
import { TRANSFORM_IDS } from '../../codemods/transforms/registry';
import { buildCli, runCli } from './support/built-cli';
import { createTempProject, type TempProject } from './support/temp-project';
import { EXPRESS_SERVER, PLAIN_MODULE, WEAK_CHECK_SERVER } from './support/sample-sources';

const ALLOW = ['--allow-origin', 'https://app.example.com'];
let cli: string;
const projects: TempProject[] = [];

beforeAll(async () => {
  cli = await buildCli();
}, 120_000);

afterAll(() => {
  if (cli) rmSync(path.dirname(cli), { recursive: true, force: true });
});

afterEach(() => {
  for (const project of projects.splice(0)) project.remove();
});

function project(files: Record<string, string | Uint8Array>, { git = true } = {}): TempProject {
  const created = createTempProject();
  projects.push(created);
  for (const [file, content] of Object.entries(files)) created.write(file, content);
  if (git) created.commitAll();
  return created;
}

/** Every file's bytes, to prove a run touched nothing. */
function snapshot(target: TempProject): Record<string, string> {
  return Object.fromEntries(target.files().map((file) => [file, target.bytes(file).toString('base64')]));
}

const summaryOf = (stdout: string) => JSON.parse(stdout) as CodemodSummary;

describe('bad usage exits with 2 and touches nothing', () => {
  it.each([
    ['https://a.example/', /ends with a slash/],
    ['https://*.a.example', /wildcard/],
    ['https://a.example/path', /has a path/],
    ['*', /every site/],
    ['null', /sandboxed iframes/],
    ['HTTPS://A.EXAMPLE', /serialized form/],
  ])('--allow-origin %s', async (origin, reason) => {
    const target = project({ 'src/server.js': EXPRESS_SERVER });
    const before = snapshot(target);
    const run = await runCli(cli, ['--allow-origin', origin], target.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--allow-origin ${JSON.stringify(origin)} is not a serialized origin`);
    expect(run.stderr).toMatch(reason);
    expect(run.stdout).toBe('');
    expect(snapshot(target)).toEqual(before);
  });

  it.each([
    [['--transforms', 'allowlist-everything'], /unknown transform allowlist-everything; known: allowlist-cors-options/],
    [['--allow-origins-env', 'CORS-ORIGINS'], /is not an environment variable name/],
    [['--concurrency', '0'], /--concurrency must be a whole number/],
    [['--frobnicate'], /Unknown option '--frobnicate'/],
    [['does-not-exist'], /path not found: does-not-exist/],
  ])('%j', async (args, message) => {
    const target = project({ 'src/server.js': EXPRESS_SERVER });
    const before = snapshot(target);
    const run = await runCli(cli, [...ALLOW, ...args], target.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(snapshot(target)).toEqual(before);
  });
});

describe('information', () => {
  it('--list-transforms lists every transform in the order they run', async () => {
    const run = await runCli(cli, ['--list-transforms'], process.cwd());
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n').map((line) => line.split(/\s+/)[0])).toEqual([...TRANSFORM_IDS]);
  });

  it('--help and --version', async () => {
    const help = await runCli(cli, ['--help'], process.cwd());
    expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: cors-codemod [options] [paths...]') });
    const version = await runCli(cli, ['--version'], process.cwd());
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('git safety', () => {
  it('refuses a tree with uncommitted changes to tracked files, and runs with --force', async () => {
    const target = project({ 'src/server.js': EXPRESS_SERVER, 'src/other.js': PLAIN_MODULE });
    target.write('src/other.js', `${PLAIN_MODULE}// edited\n`);
    const before = snapshot(target);
    const refused = await runCli(cli, ALLOW, target.dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/refusing to run: the git tree has uncommitted changes \(src\/other\.js\).*--force/);
    expect(snapshot(target)).toEqual(before);

    const forced = await runCli(cli, [...ALLOW, '--force'], target.dir);
    expect(forced.code).toBe(0);
    expect(target.read('src/server.js')).toContain('allowedOrigins');
  });

  it('ignores untracked files and dirty files outside the given paths', async () => {
    const target = project({ 'api/server.js': EXPRESS_SERVER, 'web/other.js': PLAIN_MODULE });
    target.write('web/other.js', `${PLAIN_MODULE}// edited\n`);
    target.write('api/new.js', PLAIN_MODULE);
    const run = await runCli(cli, [...ALLOW, 'api'], target.dir);
    expect(run.code).toBe(0);
    expect(target.read('api/server.js')).toContain('allowedOrigins');
  });
});

describe('dry runs and output', () => {
  it('--dry-run --diff prints unified diffs and writes nothing, even on a dirty tree', async () => {
    const target = project({ 'src/server.js': EXPRESS_SERVER });
    target.write('src/server.js', `${EXPRESS_SERVER}// uncommitted\n`);
    const before = snapshot(target);
    const run = await runCli(cli, [...ALLOW, '--dry-run', '--diff'], target.dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--- a/src/server.js\n+++ b/src/server.js\n@@ ');
    expect(run.stdout).toMatch(/^\+const allowedOrigins = new Set\(\[$/m);
    expect(run.stdout).toMatch(/^-app\.use\(cors\(\{ origin: true, credentials: true \}\)\);$/m);
    expect(run.stdout).not.toContain('\u001B['); // no colours off a terminal
    expect(run.stderr).toContain('1 would change');
    expect(run.stderr).toContain('dry run: nothing written');
    expect(snapshot(target)).toEqual(before);
  });

  it('--json prints the summary on stdout and nothing else', async () => {
    const target = project({ 'src/server.js': EXPRESS_SERVER, 'src/math.js': PLAIN_MODULE });
    const run = await runCli(cli, [...ALLOW, '--json', '--dry-run'], target.dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const summary = summaryOf(run.stdout);
    expect(summary).toEqual({
      dryRun: true,
      allowOrigins: ['https://app.example.com'],
      allowOriginsEnv: 'CORS_ALLOWED_ORIGINS',
      transforms: [...TRANSFORM_IDS],
      filesScanned: 2,
      candidates: 1,
      parsed: 1,
      filesChanged: 1,
      changedFiles: ['src/server.js'],
      applied: Object.fromEntries(TRANSFORM_IDS.map((id) => [id, expect.any(Number)])),
      reviews: [],
      skipped: [],
      failures: [],
      warnings: [],
      durationMs: expect.any(Number),
    });
    expect(summary.applied['allowlist-cors-options']).toBe(1);
    expect(summary.applied['allowlist-reflected-origin']).toBe(1);
  });

  it('--json --diff adds the diffs to the JSON', async () => {
    const target = project({ 'src/server.js': EXPRESS_SERVER });
    const run = await runCli(cli, [...ALLOW, '--json', '--diff', '--dry-run'], target.dir);
    const summary = summaryOf(run.stdout) as CodemodSummary & { diffs: Array<{ file: string; diff: string }> };
    expect(summary.diffs).toEqual([{ file: 'src/server.js', diff: expect.stringContaining('+++ b/src/server.js') }]);
  });

  it('warns loudly that nothing is allowed until the variable is set when no --allow-origin is given', async () => {
    const target = project({ 'src/server.js': EXPRESS_SERVER });
    const run = await runCli(cli, ['--dry-run', '--allow-origins-env', 'WEB_ORIGINS'], target.dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/WARNING: No --allow-origin given: rewritten code allows NO origin until WEB_ORIGINS is set/);
  });
});

describe('writing', () => {
  it('rewrites, lists manual-review sites with file:line, and a second run changes nothing', async () => {
    const target = project({ 'src/server.js': EXPRESS_SERVER, 'src/weak.js': WEAK_CHECK_SERVER });
    const first = await runCli(cli, ALLOW, target.dir);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/2 changed/);
    const [, line] = /^ {2}src\/weak\.js:(\d+) {2}\S/m.exec(first.stderr) ?? [];
    expect(line).toBeDefined();
    const weakLines = target.read('src/weak.js').split('\n');
    expect(weakLines[Number(line) - 1]).toMatch(/^\s*\/\/ cors-codemod: review: /);
    const written = snapshot(target);
    target.git('commit', '-qam', 'cors-codemod');

    const second = await runCli(cli, [...ALLOW, '--json'], target.dir);
    expect(second.code).toBe(0);
    const summary = summaryOf(second.stdout);
    expect(summary.filesChanged).toBe(0);
    expect(summary.reviews).toEqual([{ file: 'src/weak.js', line: Number(line), reason: expect.any(String) }]);
    expect(snapshot(target)).toEqual(written);
  });

  it('writes atomically: keeps the mode and leaves no temporary files', async () => {
    const target = project({ 'bin/serve.js': EXPRESS_SERVER }, { git: false });
    chmodSync(path.join(target.dir, 'bin/serve.js'), 0o750);
    target.commitAll();
    const filesBefore = target.files();
    const run = await runCli(cli, ALLOW, target.dir);
    expect(run.code).toBe(0);
    expect(target.read('bin/serve.js')).not.toBe(EXPRESS_SERVER);
    expect(statSync(path.join(target.dir, 'bin/serve.js')).mode & 0o777).toBe(0o750);
    expect(target.files()).toEqual(filesBefore);
  });

  it('keeps a byte order mark', async () => {
    const target = project({ 'src/server.js': `\uFEFF${EXPRESS_SERVER}` });
    await runCli(cli, ALLOW, target.dir);
    const bytes = target.bytes('src/server.js');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('allowedOrigins');
  });
});

describe('which files', () => {
  it('skips problem files with a reason and leaves them byte-identical', async () => {
    const files = {
      'src/broken.js': "import cors from 'cors';\napp.use(cors({ origin: true );\n",
      'src/bundle.js': `var cors=require("cors");${'a.use(cors({origin:!0}));'.repeat(200)}`,
      'src/generated.js': `// Code generated by openapi-gen. DO NOT EDIT.\n${EXPRESS_SERVER}`,
      'src/huge.js': `${EXPRESS_SERVER}${'// padding padding padding padding padding padding\n'.repeat(21_000)}`,
      'src/latin1.js': Buffer.concat([Buffer.from(EXPRESS_SERVER), Buffer.from([0x2f, 0x2f, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a])]),
      'src/nul.js': Buffer.concat([Buffer.from(EXPRESS_SERVER), Buffer.from([0x00])]),
    };
    const target = project(files);
    const before = snapshot(target);
    const run = await runCli(cli, [...ALLOW, '--json'], target.dir);
    expect(run.code).toBe(0);
    expect(summaryOf(run.stdout).skipped).toEqual([
      { file: 'src/broken.js', reason: expect.stringMatching(/^could not parse: /) },
      { file: 'src/bundle.js', reason: expect.stringMatching(/^minified: /) },
      { file: 'src/generated.js', reason: expect.stringMatching(/^generated: /) },
      { file: 'src/huge.js', reason: expect.stringMatching(/^over 1 MiB \(\d+ bytes\)$/) },
      { file: 'src/latin1.js', reason: expect.stringMatching(/^not valid UTF-8/) },
      { file: 'src/nul.js', reason: 'binary: contains NUL bytes' },
    ]);
    expect(snapshot(target)).toEqual(before);
  });

  it('never follows a symbolic link out of the given path', async () => {
    const target = project({ 'app/server.js': EXPRESS_SERVER, 'outside/server.js': EXPRESS_SERVER, 'outside/lib/cors.js': EXPRESS_SERVER }, { git: false });
    symlinkSync(path.join(target.dir, 'outside/server.js'), path.join(target.dir, 'app/linked.js'));
    symlinkSync(path.join(target.dir, 'outside/lib'), path.join(target.dir, 'app/lib'), 'dir');
    const run = await runCli(cli, [...ALLOW, '--json', 'app'], target.dir);
    expect(run.code).toBe(0);
    expect(summaryOf(run.stdout).changedFiles).toEqual([path.join('app', 'server.js')]);
    expect(target.read('outside/server.js')).toBe(EXPRESS_SERVER);
    expect(target.read('outside/lib/cors.js')).toBe(EXPRESS_SERVER);
  });

  it('respects .gitignore (through git), node_modules and --ignore', async () => {
    const target = project({
      '.gitignore': 'build/\n*.local.js\n',
      'src/server.js': EXPRESS_SERVER,
      'build/server.js': EXPRESS_SERVER,
      'src/dev.local.js': EXPRESS_SERVER,
      'node_modules/cors-app/index.js': EXPRESS_SERVER,
      'legacy/server.js': EXPRESS_SERVER,
    });
    const run = await runCli(cli, [...ALLOW, '--json', '--ignore', 'legacy/'], target.dir);
    expect(summaryOf(run.stdout).changedFiles).toEqual([path.join('src', 'server.js')]);
    for (const file of ['build/server.js', 'src/dev.local.js', 'node_modules/cors-app/index.js', 'legacy/server.js']) {
      expect(target.read(file)).toBe(EXPRESS_SERVER);
    }
  });

  it('respects .gitignore files outside a git repository too', async () => {
    const target = project(
      { '.gitignore': 'dist/\n', 'src/.gitignore': 'vendor/\n', 'src/server.js': EXPRESS_SERVER, 'dist/server.js': EXPRESS_SERVER, 'src/vendor/server.js': EXPRESS_SERVER },
      { git: false },
    );
    const run = await runCli(cli, [...ALLOW, '--json'], target.dir);
    expect(summaryOf(run.stdout).changedFiles).toEqual([path.join('src', 'server.js')]);
  });
});
