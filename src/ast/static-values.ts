import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getPropertyName, getStaticValue } from '@eslint-community/eslint-utils';

type Scope = TSESLint.Scope.Scope;

/** The string a node always evaluates to, if it can be known statically. */
export function staticString(node: TSESTree.Node | null | undefined, scope?: Scope): string | undefined {
  if (!node) return undefined;
  const result = getStaticValue(node as never, scope as never);
  return result && typeof result.value === 'string' ? result.value : undefined;
}

/** The value a node always evaluates to (any primitive, array or object), if known. */
export function staticValue(node: TSESTree.Node | null | undefined, scope?: Scope): { value: unknown } | undefined {
  if (!node) return undefined;
  return getStaticValue(node as never, scope as never) ?? undefined;
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

/** The receiver of `x.name(...)`. */
export function calledReceiver(call: TSESTree.CallExpression): TSESTree.Expression | undefined {
  const callee = call.callee.type === 'ChainExpression' ? call.callee.expression : call.callee;
  return callee.type === 'MemberExpression' ? callee.object : undefined;
}
