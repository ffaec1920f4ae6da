import type { TSESTree } from '@typescript-eslint/utils';

/** Where a value that carries the request `Origin` comes from. */
export interface OriginSource {
  /** The expression that reads the header, or the parameter that receives the origin. */
  readonly node: TSESTree.Node;
  /** `helper-parameter`: a same-file function's parameter that a call in the file passes the Origin. */
  readonly kind: 'header-read' | 'callback-parameter' | 'helper-parameter';
  /** Source text that re-reads the origin in the same scope, e.g. `req.headers.origin`. */
  readonly text: string;
  /**
   * Identity of the origin read: two expressions with the same key carry the same request's
   * Origin (`req.headers.origin` and `req.get('origin')` on one `req`), so a check on one
   * guards a write of the other.
   */
  readonly key: string;
}

/**
 * What the evaluator knows about an expression's value. Only `origin` is a taint; the other
 * kinds are the objects an Origin can be read from.
 */
export type OriginValue =
  /** Carries the request Origin (possibly derived: fallback, template, `trim()`). */
  | { readonly kind: 'origin'; readonly source: OriginSource }
  /** `event.multiValueHeaders.Origin`: a list whose items are the Origin. */
  | { readonly kind: 'origin-list'; readonly source: OriginSource }
  /** `new URL(origin)`: its `.origin` and `.href` carry the Origin again. */
  | { readonly kind: 'parsed-origin'; readonly source: OriginSource }
  /** A request headers record or `Headers`: `req.headers`, `ctx.request.header`, `c.req.header()`. */
  | { readonly kind: 'headers'; readonly root: string }
  /** `event.multiValueHeaders` (API Gateway REST). */
  | { readonly kind: 'multi-headers'; readonly root: string }
  /** A handler parameter or `this`: its `.get('origin')` / `.header('origin')` read the header. */
  | { readonly kind: 'request'; readonly root: string };

/** Values bound to helper parameters while evaluating a call: `param@<fn start>#<index>` → value. */
export type OriginEnv = ReadonlyMap<string, OriginValue | undefined>;

export const EMPTY_ENV: OriginEnv = new Map();
