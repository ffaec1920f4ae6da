import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { HeaderWrite } from '../../model/header-write';
import { staticValueOf } from '../../ast/static-values';
import { unwrapExpression } from '../../ast/unwrap';
import type { CorsFile } from '../file-context';

/** Whether a header list value names `Origin` (or `*`, which varies on everything). */
function listNamesOrigin(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(listNamesOrigin);
  if (typeof value !== 'string') return false;
  return value.split(',').some((field) => ['origin', '*'].includes(field.trim().toLowerCase()));
}

/**
 * Whether a `Vary` write always includes `Origin`: `'Origin'`, `'Accept-Encoding, Origin'`,
 * `['Origin']`, or every arm of a computed append such as
 * `reply.hasHeader('Vary') ? `${reply.getHeader('Vary')}, Origin` : 'Origin'`.
 */
export function varyNamesOrigin(file: CorsFile, write: HeaderWrite): boolean {
  return write.value !== undefined && valueNamesOrigin(file, write.value);
}

/**
 * `loaderHeaders.get('Vary')`: another response's Vary passed on whole (React Router's `headers`
 * export, a proxy). That response's own writes are where its Vary is checked.
 */
function forwardsVary(file: CorsFile, call: TSESTree.CallExpression): boolean {
  const { callee } = call;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return false;
  if (callee.property.name !== 'get' || call.arguments.length !== 1) return false;
  const name = staticValueOf(call.arguments[0]!, file.scopeOf)?.value;
  return typeof name === 'string' && name.toLowerCase() === 'vary';
}

function valueNamesOrigin(file: CorsFile, node: TSESTree.Node): boolean {
  const known = staticValueOf(node, file.scopeOf);
  if (known) return listNamesOrigin(known.value);
  const value = unwrapExpression(node);
  switch (value.type) {
    case AST_NODE_TYPES.ConditionalExpression:
      return valueNamesOrigin(file, value.consequent) && valueNamesOrigin(file, value.alternate);
    case AST_NODE_TYPES.TemplateLiteral:
      return value.quasis.some((quasi) => listNamesOrigin(quasi.value.cooked ?? ''));
    case AST_NODE_TYPES.BinaryExpression:
      return value.operator === '+' && (valueNamesOrigin(file, value.left) || valueNamesOrigin(file, value.right));
    case AST_NODE_TYPES.ArrayExpression:
      return value.elements.some((element) => element !== null && valueNamesOrigin(file, element));
    case AST_NODE_TYPES.LogicalExpression:
      // `loaderHeaders.get('Vary') ?? ''`: the fallback only runs when there is nothing to forward.
      return value.operator !== '&&' && valueNamesOrigin(file, value.left);
    case AST_NODE_TYPES.CallExpression:
      return forwardsVary(file, value);
    default:
      return false;
  }
}
