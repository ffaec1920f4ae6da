import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { unwrapExpression } from '../../ast/unwrap';

/**
 * The expressions whose value a header value can end up as: both arms of `ok ? origin : null`,
 * both sides of `origin || 'null'` and `origin ?? '*'`, the right side of `ok && origin`.
 */
export function valueOutcomes(node: TSESTree.Node): TSESTree.Node[] {
  const value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.ConditionalExpression)
    return [...valueOutcomes(value.consequent), ...valueOutcomes(value.alternate)];
  if (value.type === AST_NODE_TYPES.LogicalExpression)
    return value.operator === '&&' ? valueOutcomes(value.right) : [...valueOutcomes(value.left), ...valueOutcomes(value.right)];
  return [node];
}
