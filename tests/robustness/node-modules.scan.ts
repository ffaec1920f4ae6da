import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { globSync } from 'tinyglobby';
import { describe, expect, it } from 'vitest';
import { fatalMessages, lintAll } from './lint-all';

// Every JavaScript and TypeScript file of the installed dependencies, linted with every rule:
// code written by thousands of authors that the rules were never shaped for. SCAN_LIMIT samples
// the first N files (in sorted order) for a quick local run.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const files = globSync(['node_modules/**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'], { cwd: root, dot: true }).sort();
const limit = Number(process.env.SCAN_LIMIT ?? files.length);

/** Rule CPU time one file may take: 1 s, and 1 s more per 256 KB of source for bundles. */
function ceilingMs(bytes: number): number {
  return 1000 + (1000 * bytes) / 262_144;
}

describe('crash scan of node_modules', () => {
  it('lints every file with every rule, without a rule exception, within the time ceiling', () => {
    const scanned = files.slice(0, limit);
    const exceptions: string[] = [];
    const overCeiling: string[] = [];
    const times: { file: string; ms: number; bytes: number }[] = [];
    let parseErrors = 0;
    let findings = 0;
    const started = performance.now();
    for (const file of scanned) {
      const absolute = path.join(root, file);
      const bytes = statSync(absolute).size;
      try {
        // ESLint ignores paths under node_modules: lint each under a neutral name with its extension.
        const run = lintAll(readFileSync(absolute, 'utf8'), `scanned${/\.d\.[cm]?ts$/.test(file) ? '.d' : ''}${path.extname(file)}`);
        if (fatalMessages(run.messages).length > 0) parseErrors++;
        findings += run.messages.filter((message) => message.ruleId !== null).length;
        times.push({ file, ms: run.ruleMs, bytes });
        if (run.ruleMs > ceilingMs(bytes)) overCeiling.push(`${file}: ${run.ruleMs.toFixed(0)} ms`);
      } catch (error) {
        exceptions.push(`${file}: ${String(error).split('\n').slice(0, 3).join(' ')}`);
      }
    }
    const slowest = times.sort((a, b) => b.ms - a.ms).slice(0, 10);
    const totalRuleMs = times.reduce((sum, t) => sum + t.ms, 0);
    console.log(
      [
        `scan: ${scanned.length} of ${files.length} files, ${parseErrors} parse errors (not rule failures), ${findings} findings, ` +
          `${exceptions.length} rule exceptions, ${overCeiling.length} over the time ceiling; ` +
          `${(totalRuleMs / 1000).toFixed(1)} s of rule time, ${((performance.now() - started) / 1000).toFixed(0)} s in all`,
        'slowest files (rule CPU time):',
        ...slowest.map((t) => `  ${t.ms.toFixed(0).padStart(6)} ms  ${(t.bytes / 1024).toFixed(0).padStart(6)} KB  ${t.file}`),
      ].join('\n'),
    );
    expect(exceptions).toEqual([]);
    expect(overCeiling).toEqual([]);
  }, 3_600_000);
});
