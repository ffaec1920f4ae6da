import { MAX_CANDIDATE_LENGTH } from './attacker-origins';
import type { Work } from './linear-matcher';
import type { RegexShape } from './regex-shape';

/** NFA steps all regex tests of one file may take together (a few tenths of a second at worst). */
const FILE_WORK_BUDGET = 3_000_000;

/**
 * Runs a user's pattern on attacker candidates. A user's pattern never runs on the engine, which
 * can backtrack catastrophically (`(\w?){28}a{28}`): it runs on a matcher that cannot backtrack,
 * whose cost is bounded by the pattern's size times the candidate's length, and all tests of a file
 * share one budget of steps. Once it is spent, or when the pattern cannot run there, the answer is
 * `undefined` and the caller falls back to the pattern's structure. One runner serves one file.
 */
export class RegexRunner {
  private readonly work: Work;

  constructor(budget = FILE_WORK_BUDGET) {
    this.work = { remaining: budget };
  }

  /** Whether the pattern matches `input`; `undefined` when that could not be decided within bounds. */
  matches(shape: RegexShape, input: string): boolean | undefined {
    if (input.length > MAX_CANDIDATE_LENGTH || !shape.matcher || this.work.remaining <= 0) return undefined;
    return shape.matcher.test(input, this.work);
  }
}
