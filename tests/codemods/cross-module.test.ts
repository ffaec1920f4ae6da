/**
 * Multi-file codemod fixtures: `tests/fixtures/cross-module/codemod/<case>/input/` becomes `output/`
 * when the codemod runs over the whole tree, and a second run changes nothing. The decision lives in
 * one module and is used by several: that module is rewritten, once, and no importer gets a comment.
 * Cases: shared options (`cors(legacyCors)`), a helper that writes the Origin it is passed
 * (`setCorsHeaders(res, req.headers.origin)` in two routers), and an allowlist looked up in a local
 * callback and a handler (its `'null'` entry is dropped in the list's module).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCodemod } from '../../codemods/run/runner';

const CASES = path.join(import.meta.dirname, '../fixtures/cross-module/codemod');
const OPTIONS = { force: true, allowOrigins: ['https://app.example.com'] };

/** Every file of a tree, by relative path. */
function treeOf(directory: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(path.join(directory, prefix))) {
    const relative = path.posix.join(prefix, entry);
    if (statSync(path.join(directory, relative)).isDirectory()) Object.assign(files, treeOf(directory, relative));
    else files[relative] = readFileSync(path.join(directory, relative), 'utf8');
  }
  return files;
}

describe('cross-module codemod fixtures', () => {
  const copies: string[] = [];
  afterEach(() => copies.splice(0).forEach((copy) => rmSync(copy, { recursive: true, force: true })));

  it.each(readdirSync(CASES))('%s', async (name) => {
    const copy = mkdtempSync(path.join(tmpdir(), 'cors-codemod-modules-'));
    copies.push(copy);
    cpSync(path.join(CASES, name, 'input'), copy, { recursive: true });
    const expected = treeOf(path.join(CASES, name, 'output'));

    const first = await runCodemod(['.'], { ...OPTIONS, cwd: copy });
    expect(first.failures).toEqual([]);
    expect(first.reviews).toEqual([]);
    expect(treeOf(copy)).toEqual(expected);
    // One module holds the decision: it is the only file changed, and its repair counts once.
    const changed = Object.keys(expected).filter((file) => expected[file] !== readFileSync(path.join(CASES, name, 'input', file), 'utf8'));
    expect(first.changedFiles).toEqual(changed);
    const applied = Object.values(first.applied).reduce((sum, count) => sum + count, 0);
    expect(applied).toBe(changed.length);

    const second = await runCodemod(['.'], { ...OPTIONS, cwd: copy });
    expect(second.changedFiles, 'a second run must change nothing').toEqual([]);
    expect(treeOf(copy)).toEqual(expected);
  });
});
