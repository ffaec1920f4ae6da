/**
 * What the codemod can do about a finding. Every variant holds only ranges and strings,
 * never nodes, because the codemod rewrites a ts-morph tree over the same text.
 * Each variant is owned by one transform in `codemods/transforms/<kind>.ts`.
 */
import type { TextEdit } from './finding';

export type Range = readonly [number, number];

export type Repair =
  | AllowlistReflectedOriginRepair
  | AllowlistCorsOptionsRepair
  | AppendVaryOriginRepair
  | DropForbiddenRequestHeadersRepair
  | DropCorsRequestHeadersRepair
  | HardenOriginCheckRepair
  | DropNullOriginRepair
  | ManualReviewRepair;

export type TransformId = Exclude<Repair['kind'], 'manual-review'>;

/** Wrap a raw Allow-Origin write so it only happens when the origin is in the allowlist. */
export interface AllowlistReflectedOriginRepair {
  readonly kind: 'allowlist-reflected-origin';
  /** The statement (or expression) that writes the header. */
  readonly writeRange: Range;
  /** The Allow-Origin value expression. */
  readonly valueRange: Range;
  /** Source text that reads the request Origin in the write's scope (e.g. `req.headers.origin`). */
  readonly originText: string;
  /** Free-form details the transform needs (write API, response text, ...). */
  readonly details?: Readonly<Record<string, string>>;
}

/** Rewrite a library's `origin` option into its own allowlist form. */
export interface AllowlistCorsOptionsRepair {
  readonly kind: 'allowlist-cors-options';
  readonly library: string;
  /** The options object literal, or the call when the options are missing. */
  readonly targetRange: Range;
  readonly details?: Readonly<Record<string, string>>;
}

/** Append `Vary: Origin` for a response whose Allow-Origin depends on the request. */
export interface AppendVaryOriginRepair {
  readonly kind: 'append-vary-origin';
  /** The Allow-Origin write the Vary belongs to. */
  readonly writeRange: Range;
  readonly details?: Readonly<Record<string, string>>;
}

/** Remove a forbidden request header that browsers drop anyway. */
export interface DropForbiddenRequestHeadersRepair {
  readonly kind: 'drop-forbidden-request-headers';
  /** The property, array element or call statement to remove. */
  readonly removeRange: Range;
  readonly details?: Readonly<Record<string, string>>;
}

/** Remove a CORS response header (`Access-Control-Allow-Origin`, ...) set as a request header. */
export interface DropCorsRequestHeadersRepair {
  readonly kind: 'drop-cors-request-headers';
  /** The property, array element or call statement to remove. */
  readonly removeRange: Range;
  readonly details?: Readonly<Record<string, string>>;
}

/** Replace a weak origin check with an exact allowlist check. */
export interface HardenOriginCheckRepair {
  readonly kind: 'harden-origin-check';
  readonly checkRange: Range;
  /** The checked origin expression's source text. */
  readonly originText: string;
  /** Exact origins the weak check was meant to allow, when the intent is clear. */
  readonly intendedOrigins: readonly string[];
  readonly details?: Readonly<Record<string, string>>;
}

/** Remove `'null'` from an origin allowlist: the same edits as the rule's suggestion. */
export interface DropNullOriginRepair {
  readonly kind: 'drop-null-origin';
  readonly edits: readonly TextEdit[];
}

/** Nothing is safe to change: the codemod adds `// cors-codemod: review: <reason>` once. */
export interface ManualReviewRepair {
  readonly kind: 'manual-review';
  readonly anchorRange: Range;
  readonly reason: string;
  /**
   * The decision is defined in another module of the project: the codemod applies `repair` to that
   * file (once, however many importers lead to it) instead of commenting here. `targetText` is the
   * text the repair was computed on, so a module changed since is left alone.
   */
  readonly elsewhere?: ElsewhereRepair;
}

export interface ElsewhereRepair {
  /** The module's absolute path. */
  readonly file: string;
  readonly repair: Exclude<Repair, ManualReviewRepair>;
  readonly targetText: string;
}
