import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ASTUtils, AST_NODE_TYPES } from '@typescript-eslint/utils';
import { resolveIdentifier } from './resolve-identifier';
import { propertyName, propertyNameOf } from './static-values';

type Scope = TSESLint.Scope.Scope;
export type Variable = TSESLint.Scope.Variable;

/** The variable an identifier refers to, resolved through scopes (never by name alone). */
export function variableOf(scope: Scope, identifier: TSESTree.Identifier): Variable | undefined {
  return resolveIdentifier(scope, identifier) ?? undefined;
}

/** The variable `name` resolves to from `scope` (local, enclosing, module or declared global). */
export function variableNamed(scope: Scope, name: string): Variable | undefined {
  return ASTUtils.findVariable(scope, name) ?? undefined;
}

/** One step from a destructuring pattern's root to a binding: a property name or an array index. */
export type PathStep = string | number;

/**
 * The path from `root` (a declarator id or a parameter) down to `binding`:
 * `{ headers: { origin } }` gives `['headers', 'origin']`, `[first]` gives `[0]`.
 * `undefined` when a step is unknowable (computed key, rest element). `scopeOf` names computed keys
 * (`{ [KEY]: origin }`); it is only asked for those.
 */
export function patternPath(
  binding: TSESTree.Node,
  root: TSESTree.Node,
  scopeOf?: (node: TSESTree.Node) => Scope,
): PathStep[] | undefined {
  const steps: PathStep[] = [];
  let child = binding;
  while (child !== root) {
    const parent = child.parent;
    if (!parent) return undefined;
    if (parent.type === AST_NODE_TYPES.Property && parent.value === child) {
      const name = scopeOf ? propertyNameOf(parent, scopeOf) : propertyName(parent);
      if (name === undefined) return undefined;
      steps.unshift(name);
    } else if (parent.type === AST_NODE_TYPES.ArrayPattern) {
      steps.unshift(parent.elements.indexOf(child as TSESTree.DestructuringPattern));
    } else if (parent.type === AST_NODE_TYPES.AssignmentPattern) {
      if (parent.left !== child) return undefined;
    } else if (parent.type !== AST_NODE_TYPES.ObjectPattern) {
      return undefined;
    }
    child = parent;
  }
  return steps;
}
