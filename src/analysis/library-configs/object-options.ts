import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { CorsFile } from '../file-context';
import { constInitializer } from '../../ast/const-initializer';
import { propertyName } from '../../ast/static-values';
import { unwrapExpression } from '../../ast/unwrap';

const MAX_DEPTH = 8;

/**
 * The expression a value is defined by, following `const` (and never-reassigned) identifiers and
 * type-only wrappers: `cors(corsOptions)` → the `{ ... }` literal `corsOptions` was declared with.
 */
export function resolveValue(file: CorsFile, node: TSESTree.Node): TSESTree.Node {
  let current = unwrapExpression(node);
  for (let depth = 0; depth < MAX_DEPTH && current.type === AST_NODE_TYPES.Identifier; depth++) {
    const init = constInitializer(current, file.scopeOf(current));
    if (!init) break;
    current = unwrapExpression(init);
  }
  return current;
}

/** One option of an options object literal. */
export type OptionLookup =
  | { readonly state: 'present'; readonly property: TSESTree.Property; readonly value: TSESTree.Node; readonly resolved: TSESTree.Node }
  | { readonly state: 'absent' }
  /** A spread could set it, or the key is computed. */
  | { readonly state: 'unknown' };

/** The option `key` of an object literal; the last definition wins, and a spread after it may override it. */
export function lookupOption(file: CorsFile, object: TSESTree.ObjectExpression, key: string): OptionLookup {
  let result: OptionLookup = { state: 'absent' };
  for (const member of object.properties) {
    if (member.type === AST_NODE_TYPES.SpreadElement) {
      result = spreadLookup(file, member, key) ?? result;
      continue;
    }
    const name = propertyName(member, file.scopeOf(member));
    if (name === undefined && member.computed) result = { state: 'unknown' };
    else if (name === key)
      result = { state: 'present', property: member, value: member.value, resolved: resolveValue(file, member.value) };
  }
  return result;
}

/**
 * A spread of a local object literal (`{ ...baseOptions }`) is looked into; any other spread may set
 * anything. Undefined when the spread does not touch `key`.
 */
function spreadLookup(file: CorsFile, spread: TSESTree.SpreadElement, key: string): OptionLookup | undefined {
  const source = resolveValue(file, spread.argument);
  if (source.type !== AST_NODE_TYPES.ObjectExpression) return { state: 'unknown' };
  const inner = lookupOption(file, source, key);
  return inner.state === 'absent' ? undefined : inner;
}

/** Whether an object literal has a spread or computed key that could define options we cannot see. */
export function hasHiddenOptions(file: CorsFile, object: TSESTree.ObjectExpression): boolean {
  return object.properties.some(
    (member) =>
      (member.type === AST_NODE_TYPES.SpreadElement && resolveValue(file, member.argument).type !== AST_NODE_TYPES.ObjectExpression) ||
      (member.type === AST_NODE_TYPES.Property && member.computed && propertyName(member, file.scopeOf(member)) === undefined),
  );
}
