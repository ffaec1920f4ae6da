import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

/** Wrappers that do not change an expression's value: `x as T`, `x satisfies T`, `x!`, `<T>x`, `(x)`. */
const TRANSPARENT: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSTypeAssertion,
]);

type Transparent =
  | TSESTree.TSAsExpression
  | TSESTree.TSSatisfiesExpression
  | TSESTree.TSNonNullExpression
  | TSESTree.TSTypeAssertion;

/** The expression inside any type-only wrappers. */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (TRANSPARENT.has(current.type)) current = (current as Transparent).expression;
  return current;
}

/** The node that stands for `node` in its parent, past any type-only wrappers around it. */
export function outermostWrapper(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && TRANSPARENT.has(current.parent.type)) current = current.parent;
  return current;
}
