import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { unwrapValue } from '../ast/unwrap';
import type { CorsFile } from './file-context';
import { carrierLeaves } from './origin-sources/carriers';
import { evaluateOrigin } from './origin-sources/evaluate';
import type { OriginSource } from './origin-sources/model';

export type { OriginSource } from './origin-sources/model';
export { carrierDefinitions, carrierLeaves } from './origin-sources/carriers';

const sourcesByFile = new WeakMap<TSESTree.Program, Map<TSESTree.Node, OriginSource | null>>();

/**
 * The request-Origin source an expression's value derives from, following aliases, `||`/`??`,
 * ternaries, template literals and same-file helpers; `undefined` when it does not carry the Origin.
 *
 * Reads: `req.headers.origin`, `req.headers['origin']`, `const { origin } = req.headers`,
 * `const { headers: { origin } } = req`, `req.get('origin')`, `req.header('Origin')`,
 * `ctx.get('Origin')`, `ctx.request.get(..)`, `ctx.headers.origin`, `ctx.request.header.origin`,
 * `request.headers.get('origin')`, `c.req.header('origin')`, `c.req.header().origin`,
 * `c.req.raw.headers.get('origin')`, `event.headers.Origin`, `event.multiValueHeaders.Origin[0]`,
 * `(await headers()).get('origin')` (next/headers), the origin parameter of CORS callbacks, and
 * the parameter of a same-file helper that a call in the file passes the Origin
 * (`setCors(res, req.headers.origin)`: inside `setCors`, its `origin` parameter, re-read by its name).
 * Not sources: `ctx.origin` (the server's own origin in Koa 2) and a message event's `event.origin`.
 *
 * `text` is an expression inside `expression` that re-reads the origin where `expression` is.
 */
export function originSourceOf(file: CorsFile, expression: TSESTree.Node): OriginSource | undefined {
  let cache = sourcesByFile.get(file.program);
  if (!cache) {
    cache = new Map();
    sourcesByFile.set(file.program, cache);
  }
  const cached = cache.get(expression);
  if (cached !== undefined) return cached ?? undefined;
  const source = computeSource(file, expression);
  cache.set(expression, source ?? null);
  return source;
}

function computeSource(file: CorsFile, expression: TSESTree.Node): OriginSource | undefined {
  const value = evaluateOrigin(file, expression);
  if (value?.kind !== 'origin') return undefined;
  return { ...value.source, text: recheckText(file, expression) };
}

/** Whether `a` and `b` carry the Origin of the same request (`origin` and `req.headers.origin`). */
export function isSameOrigin(file: CorsFile, a: TSESTree.Node, b: TSESTree.Node): boolean {
  const first = originSourceOf(file, a);
  return first !== undefined && first.key === originSourceOf(file, b)?.key;
}

/**
 * What to check to decide about `expression`: the whole value when it is only a fallback chain of
 * Origin reads (`event.headers.origin ?? event.headers.Origin`), else its first carrier.
 */
function recheckText(file: CorsFile, expression: TSESTree.Node): string {
  const node = unwrapValue(expression);
  const leaves = carrierLeaves(file, node);
  if (leaves.length > 1 && isFallbackChainOf(node, new Set(leaves))) return file.sourceCode.getText(node);
  return file.sourceCode.getText(leaves[0] ?? node);
}

function isFallbackChainOf(node: TSESTree.Node, leaves: ReadonlySet<TSESTree.Node>): boolean {
  const inner = unwrapValue(node);
  if (leaves.has(inner)) return true;
  return (
    inner.type === AST_NODE_TYPES.LogicalExpression &&
    inner.operator !== '&&' &&
    isFallbackChainOf(inner.left, leaves) &&
    isFallbackChainOf(inner.right, leaves)
  );
}
