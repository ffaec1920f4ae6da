import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { constInitializer, variableOf } from '../../ast/const-initializer';
import { isFunctionNode, type FunctionNode } from '../../ast/functions';
import { propertyName } from '../../ast/static-values';
import { unwrapExpression } from '../../ast/unwrap';
import { firstVisit, traceValue, type HandlerMap, type Scan } from './scan';

/** The function an option holds: written in place, or a function or `const` declared in the file. */
export function resolveFunction(scan: Scan, node: TSESTree.Node | null | undefined): FunctionNode | undefined {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const value = unwrapExpression(node);
  if (isFunctionNode(value)) return value;
  if (value.type !== AST_NODE_TYPES.Identifier) return undefined;
  const init = constInitializer(value, scan.file.scopeOf(value));
  if (init) return isFunctionNode(unwrapExpression(init)) ? (unwrapExpression(init) as FunctionNode) : undefined;
  const definition = variableOf(value, scan.file.scopeOf(value))?.defs[0];
  return definition?.node.type === AST_NODE_TYPES.FunctionDeclaration ? definition.node : undefined;
}

/** The functions of a hook option that takes one function or an array of them (`onRequest`, `beforeRequest`). */
export function hookFunctions(scan: Scan, node: TSESTree.Node | null | undefined): FunctionNode[] {
  if (!node) return [];
  const value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.ArrayExpression)
    return value.elements.flatMap((element) => {
      const fn = resolveFunction(scan, element);
      return fn ? [fn] : [];
    });
  const fn = resolveFunction(scan, value);
  return fn ? [fn] : [];
}

/**
 * Follows the uses of a function's parameter through `map`, also when it is destructured:
 * `(config) => config.headers.set(...)` and `({ options }) => options.headers.set(...)`.
 */
export function traceParameter(scan: Scan, fn: FunctionNode, index: number, map: HandlerMap): void {
  if (!firstVisit(scan, fn.params[index] ?? fn)) return;
  const parameter = withoutDefault(fn.params[index]);
  if (parameter?.type === AST_NODE_TYPES.Identifier) traceBinding(scan, parameter, map);
  if (parameter?.type !== AST_NODE_TYPES.ObjectPattern) return;
  const scope = scan.file.scopeOf(fn);
  for (const property of parameter.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const key = propertyName(property, scope);
    const binding = withoutDefault(property.value);
    const next = key === undefined ? undefined : map[key];
    if (next && binding?.type === AST_NODE_TYPES.Identifier) traceBinding(scan, binding, next);
  }
}

function withoutDefault(node: TSESTree.Node | undefined): TSESTree.Node | undefined {
  return node?.type === AST_NODE_TYPES.AssignmentPattern ? node.left : node;
}

function traceBinding(scan: Scan, identifier: TSESTree.Identifier, map: HandlerMap): void {
  const variable = variableOf(identifier, scan.file.scopeOf(identifier));
  for (const reference of variable?.references ?? [])
    if (reference.isRead()) traceValue(scan, reference.identifier as TSESTree.Node, map);
}
