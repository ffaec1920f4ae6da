import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { OwnerRemoval, Removal } from './header-entry';

/** Parents whose statements can be dropped without leaving a hole (`if (x) stmt;` cannot). */
const STATEMENT_LISTS: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.Program,
  AST_NODE_TYPES.BlockStatement,
  AST_NODE_TYPES.StaticBlock,
  AST_NODE_TYPES.SwitchCase,
  AST_NODE_TYPES.TSModuleBlock,
]);

/** Receivers that can be dropped with their statement: plain names and property reads. */
function isSideEffectFree(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.ThisExpression) return true;
  if (node.type === AST_NODE_TYPES.MemberExpression)
    return isSideEffectFree(node.object) && (!node.computed || node.property.type === AST_NODE_TYPES.Literal);
  return false;
}

/** The statement `node` makes up on its own, if it can be removed from its block. */
function wholeStatement(node: TSESTree.Node): TSESTree.ExpressionStatement | undefined {
  const expression = node.parent?.type === AST_NODE_TYPES.ChainExpression ? node.parent : node;
  const statement = expression.parent;
  return statement?.type === AST_NODE_TYPES.ExpressionStatement && STATEMENT_LISTS.has(statement.parent.type)
    ? statement
    : undefined;
}

/**
 * How to remove a call that sets one header. `chainable` calls return their receiver
 * (superagent's and AxiosHeaders' `set`), so cutting the link out of a chain keeps the rest.
 */
export function callRemoval(call: TSESTree.CallExpression, chainable: boolean): Removal {
  const callee = call.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return { shape: 'none', reason: 'it is set by a plain function call' };
  const statement = wholeStatement(call);
  if (statement && isSideEffectFree(callee.object)) return { shape: 'statement', statement };
  // `h = h.set(name, value);` (Angular's immutable `HttpHeaders`): the whole reassignment goes.
  const assignment = call.parent;
  if (
    chainable &&
    assignment?.type === AST_NODE_TYPES.AssignmentExpression &&
    assignment.operator === '=' &&
    assignment.right === call &&
    assignment.left.type === AST_NODE_TYPES.Identifier &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === assignment.left.name
  ) {
    const reassignment = wholeStatement(assignment);
    if (reassignment) return { shape: 'statement', statement: reassignment };
  }
  if (chainable) return { shape: 'chain-call', range: [callee.object.range[1], call.range[1]] };
  return { shape: 'none', reason: 'the call that sets it is part of a larger expression' };
}

/** How to remove `headers[name] = value`. */
export function assignmentRemoval(assignment: TSESTree.AssignmentExpression): Removal {
  const statement = wholeStatement(assignment);
  return statement
    ? { shape: 'statement', statement }
    : { shape: 'none', reason: 'the assignment that sets it is part of a larger expression' };
}

/** A removal as an owner of a list: what goes once the list beneath it would be empty. */
export function asOwner(removal: Removal): OwnerRemoval | undefined {
  switch (removal.shape) {
    case 'list-element':
      return { shape: 'list-element', range: removal.element.range };
    case 'statement':
      return { shape: 'statement', range: removal.statement.range };
    case 'chain-call':
      return removal;
    case 'none':
      return undefined;
  }
}
