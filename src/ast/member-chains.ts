import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { unwrapExpression } from './unwrap';

/**
 * The longest member/call chain that starts at `node`: for the `req` of `req.headers.origin` it is
 * the whole `req.headers.origin`; for the `ctx` of `ctx.get('Origin')`, the call.
 */
export function outermostChain(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (let parent = current.parent; parent; current = parent, parent = parent.parent) {
    const continues =
      (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === current) ||
      (parent.type === AST_NODE_TYPES.CallExpression && parent.callee === current) ||
      parent.type === AST_NODE_TYPES.ChainExpression ||
      parent.type === AST_NODE_TYPES.TSNonNullExpression;
    if (!continues) break;
  }
  return current;
}

/** The identifier a member/call chain starts from: `req` for `req.headers.origin`, `c` for `c.req.header()`. */
export function chainRoot(node: TSESTree.Node): TSESTree.Identifier | TSESTree.ThisExpression | undefined {
  const current = unwrapExpression(node);
  switch (current.type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.ThisExpression:
      return current;
    case AST_NODE_TYPES.MemberExpression:
      return chainRoot(current.object);
    case AST_NODE_TYPES.CallExpression:
      return chainRoot(current.callee);
    default:
      return undefined;
  }
}

/**
 * Whether one chain's text continues the other's at a property boundary, ignoring case and optional
 * chaining: `req` and `req.headers.origin` do, `req.method` and `req.headers.origin` do not.
 */
export function chainsOverlap(a: string, b: string): boolean {
  const [short, long] = [normalizeChain(a), normalizeChain(b)].sort((x, y) => x.length - y.length) as [string, string];
  return long === short || (long.startsWith(short) && /^[.[(]/.test(long.slice(short.length)));
}

function normalizeChain(text: string): string {
  return text.replace(/\s+/g, '').replace(/\?\./g, '.').replace(/!/g, '').replace(/"/g, "'").toLowerCase();
}
