import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

/**
 * Whether control never falls out of `statement`: `return` (including `return next()`), `throw`,
 * `break`/`continue`, a block containing one, or an `if` whose branches all do. A bare `next()`
 * does not count: the middleware goes on running and still writes the header.
 */
export function exits(statement: TSESTree.Node): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
    case AST_NODE_TYPES.BreakStatement:
    case AST_NODE_TYPES.ContinueStatement:
      return true;
    case AST_NODE_TYPES.BlockStatement:
      return statement.body.some(exits);
    case AST_NODE_TYPES.IfStatement:
      return exits(statement.consequent) && !!statement.alternate && exits(statement.alternate);
    default:
      return false;
  }
}
