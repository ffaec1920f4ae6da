import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { Type, TypeChecker } from 'typescript';
import { methodNameOf, propertyName, staticValueOf } from '../../ast/static-values';
import { unwrapValue } from '../../ast/unwrap';
import { variableOf } from '../../ast/variables';
import type { CorsFile } from '../file-context';
import { assignmentsOf, isGlobal } from '../origin-sources/evaluate';

/** `ts.TypeFlags.StringLike` and `Undefined | Null`; numeric so typescript stays a type-only import. */
const STRING_LIKE_FLAGS = 402653316;
const NULLISH_FLAGS = 98304;

/** Methods whose result is a string (`list.join(',')`) or an array (`env.split(',')`). */
const STRING_RESULTS: ReadonlySet<string> = new Set(['join', 'toString', 'trim', 'toLowerCase', 'toUpperCase', 'concat']);
const ARRAY_RESULTS: ReadonlySet<string> = new Set(['split', 'map', 'filter', 'concat', 'slice', 'flat', 'keys', 'values']);

/**
 * Whether `allowlist` in `allowlist.includes(origin)` is a string: then the check is reversed
 * containment (`'https://a.example.com'.includes('https://a.example.co')` is true), not membership.
 * Known from a static value, an initializer, `process.env`, or TypeScript types when available.
 */
export function isStringReceiver(file: CorsFile, receiver: TSESTree.Node, seen = new Set<TSESTree.Node>()): boolean {
  const node = unwrapValue(receiver);
  if (seen.has(node)) return false;
  seen.add(node);
  const known = staticValueOf(node, file.scopeOf);
  if (known) return typeof known.value === 'string';
  const typed = typedAsString(file, node);
  if (typed !== undefined) return typed;
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return typeof node.value === 'string';
    case AST_NODE_TYPES.TemplateLiteral:
      return true;
    case AST_NODE_TYPES.MemberExpression:
      return isProcessEnv(file, node.object);
    case AST_NODE_TYPES.CallExpression: {
      const method = methodNameOf(node, file.scopeOf);
      if (method === 'concat') return isStringReceiver(file, (node.callee as TSESTree.MemberExpression).object, seen);
      if (method) return STRING_RESULTS.has(method) && !ARRAY_RESULTS.has(method);
      return node.callee.type === AST_NODE_TYPES.Identifier && isGlobal(file, node.callee, 'String');
    }
    case AST_NODE_TYPES.LogicalExpression:
      return isStringReceiver(file, node.left, seen) || isStringReceiver(file, node.right, seen);
    case AST_NODE_TYPES.Identifier: {
      const variable = variableOf(file.scopeOf(node), node);
      const assignments = variable && assignmentsOf(file, variable);
      return !!assignments?.length && assignments.every((a) => a.path.length === 0 && isStringReceiver(file, a.value, seen));
    }
    default:
      return false;
  }
}

/** `process.env` (the global `process`, not a local of that name). */
function isProcessEnv(file: CorsFile, node: TSESTree.Node): boolean {
  const inner = unwrapValue(node);
  return (
    inner.type === AST_NODE_TYPES.MemberExpression &&
    propertyName(inner) === 'env' &&
    inner.object.type === AST_NODE_TYPES.Identifier &&
    isGlobal(file, inner.object, 'process')
  );
}

/** `true`/`false` when the type checker knows whether `node` is a string; `undefined` without types. */
function typedAsString(file: CorsFile, node: TSESTree.Node): boolean | undefined {
  const services = file.types;
  if (!services?.program || !('getTypeAtLocation' in services)) return undefined;
  const checker = services.program.getTypeChecker();
  const type = services.getTypeAtLocation(node);
  if (checker.isArrayType(type) || checker.isTupleType(type)) return false;
  if (isStringType(checker, type)) return true;
  return undefined;
}

function isStringType(checker: TypeChecker, type: Type): boolean {
  if (type.isUnion())
    return type.types.some((t) => isStringType(checker, t)) && type.types.every((t) => isStringType(checker, t) || (t.flags & NULLISH_FLAGS) !== 0);
  return (type.flags & STRING_LIKE_FLAGS) !== 0;
}
