import type { TSESTree } from '@typescript-eslint/utils';
import type { FunctionNode } from '../ast/functions';

/**
 * Which API wrote a response header. Codemod transforms pick their rewrite by it,
 * so each value names one calling convention.
 */
export type WriteApi =
  /** `res.setHeader(name, value)` (Node), also `reply.raw.setHeader`. */
  | 'setHeader'
  /** `res.appendHeader(name, value)` (Node 18.3+). */
  | 'appendHeader'
  /** `res.writeHead(status, headers)`: object, flat array or tuples. */
  | 'writeHead'
  /** `res.setHeaders(headers)` (Node 18.15+). */
  | 'setHeaders'
  /** `res.set` / `res.header` / `ctx.set` / `reply.header` / `c.header` / `response.header` (name, value). */
  | 'set'
  /** `res.set({...})`, `ctx.set({...})`, `reply.headers({...})`: object form. */
  | 'setObject'
  /** `res.append(name, value)` / `ctx.append` / `headers.append` / `c.header(n, v, { append: true })`. */
  | 'append'
  /** `res.vary('Origin')`, `ctx.vary('Origin')`, `response.vary('origin')`, `vary(res, 'Origin')`. */
  | 'vary'
  /** `headers.set(name, value)` on a web `Headers`. */
  | 'headersSet'
  /** A headers object literal property: `new Response(b, { headers: {...} })`, Lambda returns, helpers. */
  | 'object'
  /** A `[name, value]` tuple inside a headers array. */
  | 'tuple'
  /** `set.headers[name] = value` (Elysia), `res.headers[name] = value`. */
  | 'assignment'
  /** A Next config `headers()` entry `{ key, value }`. */
  | 'nextConfig'
  /** h3's `setResponseHeader(event, name, value)`, `appendResponseHeader`, `setResponseHeaders(event, {...})`. */
  | 'h3'
  /** NestJS `@Header(name, value)` on a route handler: a static header of every response it sends. */
  | 'decorator';

export interface HeaderWrite {
  /** Lower-case header name. */
  readonly name: string;
  /** The expression written, or `undefined` when it cannot be seen (spread, computed). */
  readonly value: TSESTree.Node | undefined;
  readonly api: WriteApi;
  /** True when the API adds a line instead of replacing the header. */
  readonly appends: boolean;
  /** The whole write: call, property, tuple or assignment. */
  readonly node: TSESTree.Node;
  /**
   * Identity of the response written to, for grouping writes of one response:
   * the receiver's source text for calls (`res`, `ctx.response`), or `object@<start>` for a
   * headers literal.
   */
  readonly target: string;
  /** The call that owns the write when it came from a call (`res.set({...})`, `c.json(b, 200, {...})`). */
  readonly call: TSESTree.CallExpression | TSESTree.NewExpression | undefined;
  /** The enclosing function, or the program for top-level writes. */
  readonly fn: FunctionNode | TSESTree.Program;
}
