import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

/**
 * One side of a place where control flow may or may not go: an `if`/`?:` arm, the right side of
 * `&&`/`||`/`??`, a `case`, a loop body or a `catch` block.
 */
export interface Branch {
  /** The node that decides: `IfStatement`, `ConditionalExpression`, `LogicalExpression`, ... */
  readonly owner: TSESTree.Node;
  /** The child taken on this side. */
  readonly side: TSESTree.Node;
  /** The expression that decides, when there is one (a `case` uses the `switch` discriminant). */
  readonly test: TSESTree.Node | undefined;
}

/** The branches around `node`, innermost first, stopping at `stop` (exclusive). */
export function branchesAround(node: TSESTree.Node, stop: TSESTree.Node): Branch[] {
  const branches: Branch[] = [];
  for (let child = node, parent = node.parent; parent && child !== stop; child = parent, parent = parent.parent) {
    const branch = branchOf(parent, child);
    if (branch) branches.push(branch);
  }
  return branches;
}

function branchOf(parent: TSESTree.Node, child: TSESTree.Node): Branch | undefined {
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return child === parent.test ? undefined : { owner: parent, side: child, test: parent.test };
    case AST_NODE_TYPES.LogicalExpression:
      return child === parent.right ? { owner: parent, side: child, test: parent.left } : undefined;
    case AST_NODE_TYPES.SwitchCase:
      return child === parent.test ? undefined : { owner: parent, side: parent, test: switchOf(parent)?.discriminant };
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.ForStatement:
      return child === parent.body ? { owner: parent, side: child, test: parent.test ?? undefined } : undefined;
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
      return child === parent.body ? { owner: parent, side: child, test: parent.right } : undefined;
    case AST_NODE_TYPES.CatchClause:
      return child === parent.body ? { owner: parent, side: child, test: undefined } : undefined;
    default:
      return undefined;
  }
}

function switchOf(switchCase: TSESTree.SwitchCase): TSESTree.SwitchStatement | undefined {
  return switchCase.parent.type === AST_NODE_TYPES.SwitchStatement ? switchCase.parent : undefined;
}

/**
 * `if` statements that can leave the function before `node` is reached: an `if` earlier in one of
 * `node`'s enclosing statement lists (up to `stop`) whose arm always returns or throws.
 */
export function earlyExitsBefore(node: TSESTree.Node, stop: TSESTree.Node): TSESTree.IfStatement[] {
  const exits: TSESTree.IfStatement[] = [];
  for (let child = node, parent = node.parent; parent && child !== stop; child = parent, parent = parent.parent) {
    const list = statementList(parent);
    if (!list) continue;
    for (const statement of list) {
      if (statement === child) break;
      if (statement.type === AST_NODE_TYPES.IfStatement && (alwaysExits(statement.consequent) || alwaysExits(statement.alternate)))
        exits.push(statement);
    }
  }
  return exits;
}

function statementList(node: TSESTree.Node): readonly TSESTree.Node[] | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.Program:
      return node.body;
    case AST_NODE_TYPES.SwitchCase:
      return node.consequent;
    default:
      return undefined;
  }
}

/** Whether a statement always returns or throws (its block ends with one). */
export function alwaysExits(statement: TSESTree.Node | null | undefined): boolean {
  if (!statement) return false;
  if (statement.type === AST_NODE_TYPES.ReturnStatement || statement.type === AST_NODE_TYPES.ThrowStatement) return true;
  if (statement.type === AST_NODE_TYPES.BlockStatement) return alwaysExits(statement.body.at(-1));
  if (statement.type === AST_NODE_TYPES.IfStatement) return alwaysExits(statement.consequent) && alwaysExits(statement.alternate);
  return false;
}

/** Whether `inner` lies within `outer`'s source range. */
export function isWithin(inner: TSESTree.Node, outer: TSESTree.Node): boolean {
  return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
}
