import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { CorsFile } from '../file-context';
import { staticValueOf } from '../../ast/static-values';
import { resolveValue } from './object-options';

/** How many choices deep a value is followed (`a ? b : c ? d : e` is two). */
const MAX_CHOICE_DEPTH = 6;

/**
 * Every value an expression can evaluate to at run time, each followed through `const` names:
 * both arms of `?:`, both sides of `||` and `??`, the right of `&&`. `isDev ? allowAll : options`
 * is two configurations, and each one is judged.
 */
export function valueChoices(file: CorsFile, node: TSESTree.Node, depth = 0): TSESTree.Node[] {
  const resolved = resolveValue(file, node);
  if (depth >= MAX_CHOICE_DEPTH) return [resolved];
  if (resolved.type === AST_NODE_TYPES.ConditionalExpression)
    return [...valueChoices(file, resolved.consequent, depth + 1), ...valueChoices(file, resolved.alternate, depth + 1)];
  if (resolved.type === AST_NODE_TYPES.LogicalExpression) {
    const right = valueChoices(file, resolved.right, depth + 1);
    return resolved.operator === '&&' ? right : [...valueChoices(file, resolved.left, depth + 1), ...right];
  }
  // `configs[process.env.NODE_ENV || 'development']`: any entry of the table may be chosen.
  if (resolved.type === AST_NODE_TYPES.MemberExpression && resolved.computed && staticValueOf(resolved.property, file.scopeOf) === undefined) {
    const table = resolveValue(file, resolved.object);
    if (table.type === AST_NODE_TYPES.ObjectExpression && !table.properties.some((p) => p.type !== AST_NODE_TYPES.Property))
      return table.properties.flatMap((p) => (p.type === AST_NODE_TYPES.Property ? valueChoices(file, p.value, depth + 1) : []));
  }
  return [resolved];
}

/** Whether a node is a choice between values (what {@link valueChoices} splits). */
export function isChoice(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.ConditionalExpression || node.type === AST_NODE_TYPES.LogicalExpression;
}
