import type { TSESTree } from '@typescript-eslint/utils';
import type { CorsRuleId } from './rule-ids';
import type { Repair } from './repair';

/** A text replacement over the original source; ranges are ESTree `range`s (UTF-16 offsets). */
export interface TextEdit {
  readonly range: readonly [number, number];
  readonly text: string;
}

/** An editor suggestion: the rule turns it into `suggest`, the codemod ignores it. */
export interface SuggestionHint {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string>>;
  readonly edits: readonly TextEdit[];
}

/**
 * One problem the core found. Rules report it; the codemod repairs it.
 * `node` is where the report goes. The codemod only ever reads `node.range`, so
 * a finding and its fix point at the same text.
 */
export interface Finding {
  readonly ruleId: CorsRuleId;
  readonly messageId: string;
  readonly node: TSESTree.Node;
  readonly data: Readonly<Record<string, string>>;
  readonly suggestions?: readonly SuggestionHint[];
  /** What the codemod may do about it; absent when nothing is safe to do automatically. */
  readonly repair?: Repair;
  /**
   * Facts a rule's options filter on, so the analysis stays option-free and cacheable
   * across rules (for example `{ environment: 'server' }` or `{ scheme: 'http' }`).
   */
  readonly tags?: Readonly<Record<string, string | boolean>>;
}
