import type { SourceFile } from 'ts-morph';
import type { TextEdit } from '../../src/model/finding';
import type { Range, Repair, TransformId } from '../../src/model/repair';

/** What the user asked for; the same for the CLI and the programmatic API. */
export interface CodemodOptions {
  /** Exact serialized origins from `--allow-origin` (validated before anything runs). */
  readonly allowOrigins: readonly string[];
  /** Environment variable holding more comma-separated origins (`--allow-origins-env`). */
  readonly allowOriginsEnv: string;
}

export interface TransformContext {
  readonly options: CodemodOptions;
  /**
   * The identifier of the module-level allowlist `Set` to check origins against. The runner emits
   * its declaration once per file (and reuses an existing one), after the transform's edits.
   */
  useAllowlist(): string;
  /** Leave a site unchanged and list it for manual review; the runner adds the review comment once. */
  review(anchorRange: Range, reason: string): void;
}

/**
 * One rewrite. `apply` reads the ts-morph tree (never mutates it) and returns text edits over the
 * file's current text; the runner applies them bottom-up, re-parses, and re-detects before the next
 * transform, so the repairs it receives always match the text.
 */
export interface Transform<K extends TransformId = TransformId> {
  readonly id: K;
  readonly title: string;
  apply(
    sourceFile: SourceFile,
    repairs: ReadonlyArray<Extract<Repair, { kind: K }>>,
    context: TransformContext,
  ): TextEdit[];
}
