import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getPropertyName, getStaticValue } from '@eslint-community/eslint-utils';
import { identifierValue } from './identifier-value';

type Scope = TSESLint.Scope.Scope;

/** The string a node always evaluates to, if it can be known statically. */
export function staticString(node: TSESTree.Node | null | undefined, scope?: Scope): string | undefined {
  const result = staticValue(node, scope);
  return result && typeof result.value === 'string' ? result.value : undefined;
}

/** `staticString` asking `scopeOf` for the scope only when the node is not a literal (see `staticValueOf`). */
export function staticStringOf(node: TSESTree.Node | null | undefined, scopeOf: (node: TSESTree.Node) => Scope): string | undefined {
  if (!node) return undefined;
  const result = staticValueOf(node, scopeOf);
  return result && typeof result.value === 'string' ? result.value : undefined;
}

/** The value a node always evaluates to (any primitive, array or object), if known. */
export function staticValue(node: TSESTree.Node | null | undefined, scope?: Scope): { value: unknown } | undefined {
  if (!node) return undefined;
  if (node.type === AST_NODE_TYPES.Literal) return getStaticValue(node as never) ?? undefined;
  const known = knownValues.get(node);
  if (known && known.scope === scope) return known.value === NOT_STATIC ? undefined : { value: known.value };
  const result = node.type === AST_NODE_TYPES.Identifier && scope ? identifierValue(node, scope) : getStaticValue(node as never, scope as never);
  if (!known && (!result || isPrimitive(result.value))) knownValues.set(node, { scope, value: result ? result.value : NOT_STATIC });
  return result ?? undefined;
}

/**
 * Values already evaluated, for the scope first asked with: analyzers ask about the same
 * Allow-Origin value several times. Objects and arrays are evaluated afresh, so no caller shares
 * one another could change.
 */
const knownValues = new WeakMap<TSESTree.Node, { readonly scope: Scope | undefined; readonly value: unknown }>();
const NOT_STATIC = Symbol('not static');

function isPrimitive(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

/**
 * `staticValue` of a node in its own scope, asking `scopeOf` only when the node is not a literal:
 * a literal needs no scope, and a scope lookup is dearer than reading one.
 */
export function staticValueOf(node: TSESTree.Node, scopeOf: (node: TSESTree.Node) => Scope): { value: unknown } | undefined {
  return node.type === AST_NODE_TYPES.Literal ? staticValue(node) : staticValue(node, scopeOf(node));
}

/** The name of a property or member access: `a.b`, `a['b']`, `{ b: 1 }`, `{ ['b']: 1 }`. */
export function propertyName(
  node: TSESTree.MemberExpression | TSESTree.Property | TSESTree.MethodDefinition | TSESTree.PropertyDefinition,
  scope?: Scope,
): string | undefined {
  return getPropertyName(node as never, scope as never) ?? undefined;
}

/** The method name of `x.name(...)`, or undefined for any other callee. */
export function calledMethodName(call: TSESTree.CallExpression, scope?: Scope): string | undefined {
  const callee = call.callee.type === 'ChainExpression' ? call.callee.expression : call.callee;
  return callee.type === 'MemberExpression' ? propertyName(callee, scope) : undefined;
}

/**
 * `propertyName`, asking `scopeOf` for the scope only when the name is computed (`a[key]`): a written
 * name needs none, and a scope lookup is the dearest part of reading a name.
 */
export function propertyNameOf(
  node: TSESTree.MemberExpression | TSESTree.Property,
  scopeOf: (node: TSESTree.Node) => Scope,
): string | undefined {
  return propertyName(node, node.computed ? scopeOf(node) : undefined);
}

/** `calledMethodName`, asking `scopeOf` for the call's scope only when the name is computed (`x[name](...)`). */
export function methodNameOf(call: TSESTree.CallExpression, scopeOf: (node: TSESTree.Node) => Scope): string | undefined {
  const callee = call.callee.type === AST_NODE_TYPES.ChainExpression ? call.callee.expression : call.callee;
  return calledMethodName(call, callee.type === AST_NODE_TYPES.MemberExpression && callee.computed ? scopeOf(call) : undefined);
}

/** The receiver of `x.name(...)`. */
export function calledReceiver(call: TSESTree.CallExpression): TSESTree.Expression | undefined {
  const callee = call.callee.type === 'ChainExpression' ? call.callee.expression : call.callee;
  return callee.type === 'MemberExpression' ? callee.object : undefined;
}
