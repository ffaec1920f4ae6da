import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable } from '@eslint-community/eslint-utils';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

interface Resolution {
  readonly scope: Scope;
  readonly variable: Variable | null;
}

const resolutions = new WeakMap<TSESTree.Identifier, Resolution>();

/**
 * `findVariable(scope, identifier)`, remembered for the scope an identifier is first looked up
 * from (in practice always its own). Each lookup first scans the child scopes of `scope` for the
 * identifier's position, which at module level means every function of the file, and analyzers ask
 * about the same identifier (the `Set` of one allowlist, read at every check) again and again.
 */
export function resolveIdentifier(scope: Scope, identifier: TSESTree.Identifier): Variable | null {
  const known = resolutions.get(identifier);
  if (known?.scope === scope) return known.variable;
  const variable = (findVariable(scope as never, identifier as never) as Variable | null) ?? null;
  if (!known) resolutions.set(identifier, { scope, variable });
  return variable;
}
