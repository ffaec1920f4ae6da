/**
 * runCodemod in-process, with the stand-in analysis and transforms of ./support: the prefilter,
 * failures, dry runs, concurrency and refusals, independent of the real transforms.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runCodemod, CodemodRefusalError, type FileChange } from '../../codemods/run/runner';
import { CodemodUsageError } from '../../codemods/run/options';
import { rules } from '../../rules';
import { useRuleMessages } from './support/fake-analysis';
import { createTempProject, type TempProject } from './support/temp-project';

vi.mock('../../src/analysis', () => import('./support/fake-analysis'));
vi.mock('../../codemods/transforms/registry', () => import('./support/fake-registry'));
useRuleMessages(rules);

const OPTIONS = { allowOrigins: ['https://app.example.com'] };
/** A CORS site for the stand-in analysis: `reflect(origin)` is rewritten to check the allowlist. */
const SITE = '// reads the request origin\nexport function handle(origin) {\n  reflect(origin);\n}\n';
const projects: TempProject[] = [];

function project(files: Record<string, string>): TempProject {
  const created = createTempProject();
  projects.push(created);
  for (const [file, content] of Object.entries(files)) created.write(file, content);
  return created;
}

afterEach(() => {
  for (const created of projects.splice(0)) created.remove();
});

describe('the text prefilter', () => {
  it('never parses a file without an origin, cors or access-control token', async () => {
    const files: Record<string, string> = { 'src/site.js': SITE, 'src/cors-words.js': 'export const CORS = 1;\n' };
    for (let index = 0; index < 30; index++) {
      // Every other one does not even parse: were it parsed, it would be reported as skipped.
      files[`src/plain-${index}.js`] = index % 2 ? `export const n${index} = ${index};\n` : `export const n${index} = ;\n`;
    }
    const target = project(files);
    const summary = await runCodemod([target.dir], { ...OPTIONS, cwd: target.dir });
    expect(summary).toMatchObject({ filesScanned: 32, candidates: 2, parsed: 2, filesChanged: 1, skipped: [], failures: [] });
  });
});

describe('runCodemod', () => {
  it('rewrites, declares the allowlist and reports per-transform counts', async () => {
    const target = project({ 'a.js': SITE, 'b.mjs': SITE });
    const summary = await runCodemod(['.'], { ...OPTIONS, cwd: target.dir, transforms: ['allowlist-reflected-origin'] });
    expect(summary).toMatchObject({
      dryRun: false,
      transforms: ['allowlist-reflected-origin'],
      changedFiles: ['a.js', 'b.mjs'],
      applied: { 'allowlist-reflected-origin': 2, 'append-vary-origin': 0 },
      warnings: [],
    });
    expect(target.read('a.js')).toContain('reflect(allowedOrigins.has(origin) ? origin : undefined);');
  });

  it('leaves declaration files alone: they hold no runtime code', async () => {
    const target = project({ 'a.ts': SITE, 'types.d.ts': SITE, 'more.d.mts': SITE });
    const summary = await runCodemod([], { ...OPTIONS, cwd: target.dir, dryRun: true });
    expect(summary).toMatchObject({ filesScanned: 1, changedFiles: ['a.ts'] });
  });

  it('reports a file whose rewrite does not parse as failed and leaves it untouched', async () => {
    const broken = 'if (weak(origin)) allow();\n';
    const target = project({ 'good.js': SITE, 'bad.js': broken });
    const summary = await runCodemod([], { ...OPTIONS, cwd: target.dir });
    expect(summary.failures).toEqual([
      { file: 'bad.js', error: expect.stringMatching(/^transform harden-origin-check produced code that does not parse, file left unchanged: /) },
    ]);
    expect(summary.changedFiles).toEqual(['good.js']);
    expect(target.read('bad.js')).toBe(broken);
  });

  it('hands every change to onChange and writes nothing in a dry run', async () => {
    const target = project({ 'a.js': SITE });
    const changes: FileChange[] = [];
    const summary = await runCodemod([], { ...OPTIONS, cwd: target.dir, dryRun: true, onChange: (change) => changes.push(change) });
    expect(summary).toMatchObject({ dryRun: true, filesChanged: 1, changedFiles: ['a.js'] });
    expect(changes).toEqual([{ file: 'a.js', absolutePath: `${target.dir}/a.js`, before: SITE, after: expect.stringContaining('allowedOrigins.has(origin)') }]);
    expect(target.read('a.js')).toBe(SITE);
  });

  it('gives the same result whatever the concurrency, and reports progress to the end', async () => {
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`f${index}.js`, index % 3 ? 'export {};\n' : SITE]));
    const results = [];
    for (const concurrency of [1, 16]) {
      const target = project(files);
      const progress: number[] = [];
      const { durationMs: _duration, ...summary } = await runCodemod([], {
        ...OPTIONS,
        cwd: target.dir,
        dryRun: true,
        concurrency,
        onProgress: ({ done, total }) => progress.push(done / total),
      });
      expect(progress.at(-1)).toBe(1);
      results.push(summary);
    }
    expect(results[0]).toEqual(results[1]);
    expect(results[0]?.changedFiles).toEqual(['f0.js', 'f3.js', 'f6.js', 'f9.js']);
  });

  it('warns that nothing is allowed until the variable is set when no origin is given', async () => {
    const target = project({ 'a.js': SITE });
    const summary = await runCodemod([], { cwd: target.dir, allowOriginsEnv: 'API_ORIGINS', dryRun: true });
    expect(summary.warnings).toEqual([expect.stringMatching(/allows NO origin until API_ORIGINS is set/)]);
  });

  it('refuses a dirty git tree before touching anything, unless forced', async () => {
    const target = project({ 'a.js': SITE, 'b.js': 'export {};\n' });
    target.commitAll();
    target.write('b.js', 'export const changed = 1;\n');
    await expect(runCodemod([], { ...OPTIONS, cwd: target.dir })).rejects.toThrow(CodemodRefusalError);
    expect(target.read('a.js')).toBe(SITE);
    await expect(runCodemod([], { ...OPTIONS, cwd: target.dir, force: true })).resolves.toMatchObject({ filesChanged: 1 });
  });

  it.each([
    [{ allowOrigins: ['https://a.example/'] }, /is not a serialized origin/],
    [{ transforms: ['nope'] }, /unknown transform nope/],
    [{ concurrency: 0 }, /--concurrency must be/],
  ])('rejects bad options %j before looking at the files', async (options, message) => {
    const promise = runCodemod(['/does/not/exist'], options);
    await expect(promise).rejects.toThrow(CodemodUsageError);
    await expect(promise).rejects.toThrow(message);
  });
});
