import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

/** Wrappers that do not change the runtime value: `x as T`, `x!`, `<T>x`, `x satisfies T`, `a?.b`. */
const TRANSPARENT: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSTypeAssertion,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.ChainExpression,
]);

type Wrapper =
  | TSESTree.TSAsExpression
  | TSESTree.TSNonNullExpression
  | TSESTree.TSTypeAssertion
  | TSESTree.TSSatisfiesExpression
  | TSESTree.ChainExpression;

/** The expression under type-only wrappers and optional chains. */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (TRANSPARENT.has(current.type)) current = (current as Wrapper).expression;
  return current;
}

/** Like {@link unwrapExpression}, and also under `await` (a value that is awaited keeps its meaning here). */
export function unwrapValue(node: TSESTree.Node): TSESTree.Node {
  let current = unwrapExpression(node);
  while (current.type === AST_NODE_TYPES.AwaitExpression) current = unwrapExpression(current.argument);
  return current;
}

/** The nearest ancestor that is not a transparent wrapper, and the child it was reached from. */
export function transparentParent(node: TSESTree.Node): { child: TSESTree.Node; parent: TSESTree.Node | undefined } {
  let child = node;
  while (child.parent && (TRANSPARENT.has(child.parent.type) || child.parent.type === AST_NODE_TYPES.AwaitExpression))
    child = child.parent;
  return { child, parent: child.parent };
}

/** Type-only wrappers alone (no optional chains, no `await`): what stands for a node in its parent. */
const TYPE_ONLY: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSTypeAssertion,
  AST_NODE_TYPES.TSSatisfiesExpression,
]);

/** The node that stands for `node` in its parent, past any type-only wrappers around it. */
export function outermostWrapper(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && TYPE_ONLY.has(current.parent.type)) current = current.parent;
  return current;
}
