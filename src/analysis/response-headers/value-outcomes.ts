import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { unwrapExpression } from '../../ast/unwrap';
import type { CorsFile } from '../file-context';
import { isPresentOnCrossOrigin } from '../origin-sources/presence';

/**
 * The expressions whose value a header value can end up as in a response to a cross-origin
 * request: both arms of `ok ? origin : null`, both sides of `value || 'null'` and `value ?? '*'`,
 * the right side of `ok && origin`. A fallback after a read of the request Origin
 * (`req.headers.origin || '*'`) is left out: a browser sends `Origin` on every cross-origin
 * request, so that fallback only answers requests no CORS check sees.
 */
export function valueOutcomes(file: CorsFile, node: TSESTree.Node): TSESTree.Node[] {
  const value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.ConditionalExpression)
    return [...valueOutcomes(file, value.consequent), ...valueOutcomes(file, value.alternate)];
  if (value.type === AST_NODE_TYPES.LogicalExpression) {
    if (value.operator === '&&') return valueOutcomes(file, value.right);
    if (isPresentOnCrossOrigin(file, value.left)) return valueOutcomes(file, value.left);
    return [...valueOutcomes(file, value.left), ...valueOutcomes(file, value.right)];
  }
  return [node];
}
