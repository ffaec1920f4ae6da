import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { findVariable } from '@eslint-community/eslint-utils';

/**
 * The value an identifier always holds: the initializer of its one `const`/`let`/`var`
 * declaration, when the variable is never reassigned. Undefined for parameters, imports and
 * reassigned variables.
 */
export function constInitializer(
  identifier: TSESTree.Identifier,
  scope: TSESLint.Scope.Scope,
): TSESTree.Expression | undefined {
  const variable = findVariable(scope as never, identifier as never) as TSESLint.Scope.Variable | null;
  if (!variable || variable.defs.length !== 1) return undefined;
  const definition = variable.defs[0]!;
  if (definition.node.type !== AST_NODE_TYPES.VariableDeclarator) return undefined;
  const declarator = definition.node;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return undefined;
  const reassigned = variable.references.some((reference) => reference.isWrite() && reference.identifier !== declarator.id);
  return reassigned ? undefined : declarator.init;
}

/** The variable an identifier (a declaration or a reference) refers to. */
export function variableOf(identifier: TSESTree.Identifier, scope: TSESLint.Scope.Scope): TSESLint.Scope.Variable | undefined {
  return (findVariable(scope as never, identifier as never) as TSESLint.Scope.Variable | null) ?? undefined;
}
