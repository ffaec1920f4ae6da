import { Script, createContext } from 'node:vm';
import { MAX_CANDIDATE_LENGTH } from './attacker-origins';

/** Time one risky pattern may take on one candidate, and all risky runs of one file together. */
const RISKY_RUN_TIMEOUT_MS = 20;
const RISKY_FILE_BUDGET_MS = 250;

const sandbox = createContext(Object.create(null) as object);
const testInSandbox = new Script('new RegExp(source, flags).test(input)');

/**
 * Runs a user's pattern on attacker candidates without letting a catastrophic pattern hang the
 * lint. Patterns regexpp shows to be backtracking risks run in a `vm` context with a timeout, and
 * all of a file's risky runs share one budget; once it is spent they are not run at all and the
 * caller falls back to the pattern's structure. One runner serves one file.
 */
export class RegexRunner {
  constructor(private riskyBudgetMs = RISKY_FILE_BUDGET_MS) {}

  /** Whether the pattern matches `input`; `undefined` when it could not be run safely. */
  matches(source: string, flags: string, input: string, backtrackingRisk: boolean): boolean | undefined {
    if (input.length > MAX_CANDIDATE_LENGTH) return undefined;
    // `g` and `y` make `test` depend on `lastIndex`; the check's first call starts at 0.
    const statelessFlags = flags.replace(/[gy]/g, '');
    if (!backtrackingRisk) return nativeTest(source, statelessFlags, input);
    if (this.riskyBudgetMs <= 0) return undefined;
    const started = performance.now();
    try {
      Object.assign(sandbox, { source, flags: statelessFlags, input });
      return testInSandbox.runInContext(sandbox, { timeout: RISKY_RUN_TIMEOUT_MS }) === true;
    } catch {
      return undefined;
    } finally {
      this.riskyBudgetMs -= performance.now() - started;
    }
  }
}

function nativeTest(source: string, flags: string, input: string): boolean | undefined {
  try {
    return new RegExp(source, flags).test(input);
  } catch {
    return undefined;
  }
}
