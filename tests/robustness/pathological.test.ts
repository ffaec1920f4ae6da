import { describe, expect, it } from 'vitest';
import { fatalMessages, lintAll, ruleNamesOf } from './lint-all';
import { pathologicalFiles } from './pathological-files';

/** CPU time all rules together may spend on one file, on one core. */
const RULE_TIME_CEILING_MS = 1000;

describe('pathological files', () => {
  it.each(pathologicalFiles.map((file) => [file.name, file]))('%s: bounded, with the right answer', (_name, file) => {
    const run = lintAll(file.code, file.filename);
    expect(run.ruleMs).toBeLessThan(RULE_TIME_CEILING_MS);
    if (file.findings === 'parse-error') {
      // The parser's own recursion gives up: a parse error, and no rule ran on a partial tree.
      expect(run.messages).toEqual([expect.objectContaining({ fatal: true, ruleId: null })]);
      return;
    }
    expect(fatalMessages(run.messages)).toEqual([]);
    expect(ruleNamesOf(run.messages)).toEqual(file.findings);
  }, 120_000);
});
