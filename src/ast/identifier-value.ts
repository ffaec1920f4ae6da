import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getStaticValue } from '@eslint-community/eslint-utils';
import { resolveIdentifier } from './resolve-identifier';

type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/** The array methods `getStaticValue` counts as mutating a `const` array it would otherwise read. */
const MUTATING_METHODS: ReadonlySet<string> = new Set(['copyWithin', 'fill', 'pop', 'push', 'reverse', 'shift', 'sort', 'splice', 'unshift']);

/**
 * `getStaticValue(identifier, scope)` with the same answer, but without its scan of every
 * reference of an object-valued `const` for mutations on each call: an allowlist `Set` read at
 * 200 checks was scanned 200 times over. The scan runs once per variable here; whatever it cannot
 * decide on its own (a computed method call such as `list[name]()`) goes to `getStaticValue`.
 */
export function identifierValue(identifier: TSESTree.Identifier, scope: Scope): { value: unknown } | null {
  const variable = resolveIdentifier(scope, identifier);
  const declarator = variable && constDeclarator(variable);
  if (!declarator) return getStaticValue(identifier as never, scope as never);
  // Evaluated from the reading scope, as `getStaticValue` does.
  const value = getStaticValue(declarator.init as never, scope as never);
  if (!value || typeof value.value !== 'object' || value.value === null) return value;
  return knownUnmutated(variable) ? value : getStaticValue(identifier as never, scope as never);
}

/** The declarator of a variable declared once, by `const`, with a plain name. */
function constDeclarator(variable: Variable): TSESTree.VariableDeclarator | undefined {
  if (variable.defs.length !== 1) return undefined;
  const definition = variable.defs[0]!;
  if (definition.type !== 'Variable' || definition.parent?.kind !== 'const') return undefined;
  return definition.node.id.type === AST_NODE_TYPES.Identifier ? definition.node : undefined;
}

const unmutatedVariables = new WeakMap<Variable, boolean>();

/**
 * True when no reference assigns into the variable (`list[0] = x`, `list.n++`) or calls a mutating
 * array method on it (`list.push(x)`), exactly as `getStaticValue` reads them. False also when a
 * computed method name needs the reading scope to be known.
 */
function knownUnmutated(variable: Variable): boolean {
  let unmutated = unmutatedVariables.get(variable);
  if (unmutated === undefined) {
    unmutated = variable.references.every((reference) => !mayMutate(reference.identifier));
    unmutatedVariables.set(variable, unmutated);
  }
  return unmutated;
}

function mayMutate(identifier: TSESTree.Node): boolean {
  let node = identifier;
  while (node.parent?.type === AST_NODE_TYPES.MemberExpression) node = node.parent;
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node) return true;
  if (parent.type === AST_NODE_TYPES.UpdateExpression && parent.argument === node) return true;
  if (parent.type !== AST_NODE_TYPES.CallExpression || parent.callee !== node || node.type !== AST_NODE_TYPES.MemberExpression) return false;
  if (node.computed) return true;
  return node.property.type === AST_NODE_TYPES.Identifier && MUTATING_METHODS.has(node.property.name);
}
