import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { HeaderWrite } from '../../model/header-write';
import type { Range } from '../../model/repair';

/**
 * The source a repair rewrites for a write: the whole statement for `res.setHeader(...);`, otherwise
 * the write itself (a property, a tuple, a call inside an expression).
 */
export function writeRange(write: HeaderWrite): Range {
  const node = write.node;
  const parent: TSESTree.Node | undefined = node.parent;
  if (parent?.type === AST_NODE_TYPES.ExpressionStatement && parent.expression === node) return parent.range;
  return node.range;
}

/** A range as repair details carry it: `start:end`. */
export function encodeRange(range: Range): string {
  return `${range[0]}:${range[1]}`;
}
