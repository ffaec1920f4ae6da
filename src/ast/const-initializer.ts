import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { resolveIdentifier } from './resolve-identifier';

type Variable = TSESLint.Scope.Variable;

/**
 * The value an identifier always holds: the initializer of its one `const`/`let`/`var`
 * declaration, when the variable is never reassigned. Undefined for parameters, imports and
 * reassigned variables.
 */
export function constInitializer(
  identifier: TSESTree.Identifier,
  scope: TSESLint.Scope.Scope,
): TSESTree.Expression | undefined {
  const variable = resolveIdentifier(scope, identifier);
  if (!variable || variable.defs.length !== 1) return undefined;
  const definition = variable.defs[0]!;
  if (definition.node.type !== AST_NODE_TYPES.VariableDeclarator) return undefined;
  const declarator = definition.node;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return undefined;
  return reassigned(variable, declarator.id) ? undefined : declarator.init;
}

const reassignedVariables = new WeakMap<Variable, boolean>();

/** Whether anything but the declaration writes the variable; once per variable, not per read. */
function reassigned(variable: Variable, declared: TSESTree.Identifier): boolean {
  let written = reassignedVariables.get(variable);
  if (written === undefined) {
    written = variable.references.some((reference) => reference.isWrite() && reference.identifier !== declared);
    reassignedVariables.set(variable, written);
  }
  return written;
}

/** The variable an identifier (a declaration or a reference) refers to. */
export function variableOf(identifier: TSESTree.Identifier, scope: TSESLint.Scope.Scope): Variable | undefined {
  return resolveIdentifier(scope, identifier) ?? undefined;
}
