import { describe, expect, it } from 'vitest';
import { fatalMessages, lintAll } from './lint-all';
import { fixtureSources, fuzzPrograms } from './fuzz-programs';

// Fixed seed and count: the same programs on every run, so a failure reproduces. FUZZ_COUNT and
// FUZZ_SEED widen a local search; each crash found becomes a case in regressions.test.ts.
const SEED = Number(process.env.FUZZ_SEED ?? 14);
const COUNT = Number(process.env.FUZZ_COUNT ?? 2000);

describe('fuzzing', () => {
  it('has fixtures to mutate', () => {
    expect(fixtureSources.length).toBeGreaterThan(50);
  });

  it(`lints ${COUNT} random and mutated programs (seed ${SEED}) without a rule exception`, () => {
    let parsed = 0;
    let findings = 0;
    let slowestMs = 0;
    const exceptions: { kind: string; filename: string; code: string; error: string }[] = [];
    for (const program of fuzzPrograms(SEED, COUNT)) {
      try {
        const run = lintAll(program.code, program.filename);
        if (fatalMessages(run.messages).length === 0) parsed++;
        findings += run.messages.filter((message) => message.ruleId !== null).length;
        slowestMs = Math.max(slowestMs, run.ruleMs);
      } catch (error) {
        exceptions.push({ ...program, error: String(error) });
      }
    }
    console.log(
      `fuzz: ${COUNT} programs (seed ${SEED}), ${parsed} parsed, ${findings} findings, ${exceptions.length} rule exceptions, slowest ${slowestMs.toFixed(0)} ms of rule time`,
    );
    expect(exceptions.slice(0, 3)).toEqual([]);
    // Sanity: the mutants are mostly still programs, and some of them still have findings.
    expect(parsed).toBeGreaterThan(COUNT / 3);
    expect(findings).toBeGreaterThan(0);
  }, 240_000);
});
