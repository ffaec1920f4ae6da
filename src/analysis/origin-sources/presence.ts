import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { propertyNameOf } from '../../ast/static-values';
import { unwrapValue } from '../../ast/unwrap';
import { variableOf } from '../../ast/variables';
import type { CorsFile } from '../file-context';
import { assignmentsOf, evaluateOrigin } from './evaluate';

/** String methods that keep a non-empty Origin non-empty. */
const NON_EMPTY_PRESERVING: ReadonlySet<string> = new Set(['trim', 'toLowerCase', 'toLocaleLowerCase', 'toString', 'valueOf', 'normalize']);

/** Same-file `const` chains deep enough for `const o = req.headers.origin; const value = o;`. */
const MAX_ALIAS_DEPTH = 8;

/**
 * Whether `node` is never empty when a browser makes a cross-origin request: a plain read of the
 * request Origin (`req.headers.origin`, `req.get('origin')`, the origin parameter of a CORS
 * callback), a `||`/`??` chain with one such read, or a `const` bound to one. A browser sends
 * `Origin` on every cross-origin request, so in `origin || '*'` the fallback never reaches a CORS
 * check. A value that can be empty on a cross-origin request (`ok && origin`, `check(origin)`,
 * `ok ? origin : undefined`) is not one.
 */
export function isPresentOnCrossOrigin(file: CorsFile, node: TSESTree.Node, depth = 0): boolean {
  const value = unwrapValue(node);
  if (value.type === AST_NODE_TYPES.LogicalExpression && value.operator !== '&&')
    return isPresentOnCrossOrigin(file, value.left, depth) || isPresentOnCrossOrigin(file, value.right, depth);
  const origin = evaluateOrigin(file, value);
  if (origin?.kind !== 'origin') return false;
  switch (value.type) {
    case AST_NODE_TYPES.Identifier:
      return identifierIsPresent(file, value, origin.source, depth);
    case AST_NODE_TYPES.MemberExpression:
      return origin.source.node === value;
    case AST_NODE_TYPES.CallExpression: {
      if (origin.source.node === value) return true;
      const callee = unwrapValue(value.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
      const method = propertyNameOf(callee, file.scopeOf);
      return method !== undefined && NON_EMPTY_PRESERVING.has(method) && isPresentOnCrossOrigin(file, callee.object, depth);
    }
    default:
      return false;
  }
}

function identifierIsPresent(
  file: CorsFile,
  identifier: TSESTree.Identifier,
  source: { readonly kind: string; readonly node: TSESTree.Node },
  depth: number,
): boolean {
  // The origin parameter of a CORS callback, or of a helper that the file passes the Origin.
  if (source.kind !== 'header-read') return source.node.type === AST_NODE_TYPES.Identifier && source.node.name === identifier.name;
  if (depth >= MAX_ALIAS_DEPTH) return false;
  const variable = variableOf(file.scopeOf(identifier), identifier);
  const assignments = variable && assignmentsOf(file, variable);
  if (!assignments?.length) return false;
  return assignments.every(({ value, path }) => {
    // `const { origin } = req.headers`: the binding is the read itself.
    if (path.length > 0) return true;
    return isPresentOnCrossOrigin(file, value, depth + 1);
  });
}
