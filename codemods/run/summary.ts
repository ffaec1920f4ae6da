import type { TransformId } from '../../src/model/repair';
import type { SkippedFile } from './discover';

export type { SkippedFile };

/** A `// cors-codemod: review:` comment (this run's or an earlier one's); `line` is 1-based in the file as written. */
export interface ReviewEntry {
  readonly file: string;
  readonly line: number;
  readonly reason: string;
}

export interface FailedFile {
  readonly file: string;
  readonly error: string;
}

/** What one run did; the CLI prints it and `--json` emits it as is. Paths are relative to `cwd`. */
export interface CodemodSummary {
  readonly dryRun: boolean;
  readonly allowOrigins: readonly string[];
  readonly allowOriginsEnv: string;
  readonly transforms: readonly TransformId[];
  /** Source files found and read. */
  readonly filesScanned: number;
  /** Files that passed the text prefilter (`origin`, `cors` or `access-control`). */
  readonly candidates: number;
  /** Files handed to the parser; never more than the candidates. */
  readonly parsed: number;
  readonly filesChanged: number;
  /** Files written, or that would be written in a dry run. */
  readonly changedFiles: readonly string[];
  /** Sites fixed, per transform. */
  readonly applied: Readonly<Record<TransformId, number>>;
  readonly reviews: readonly ReviewEntry[];
  readonly skipped: readonly SkippedFile[];
  readonly failures: readonly FailedFile[];
  readonly warnings: readonly string[];
  readonly durationMs: number;
}
