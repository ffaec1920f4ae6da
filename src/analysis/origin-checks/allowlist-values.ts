import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { constInitializer } from '../../ast/const-initializer';
import { calledMethodName, staticStringOf, staticValue, staticValueOf } from '../../ast/static-values';
import { unwrapValue } from '../../ast/unwrap';
import type { CorsFile } from '../file-context';
import { isGlobal } from '../origin-sources/evaluate';

/**
 * What the receiver of `allowed.includes(origin)` is. Only a string makes the call a substring test
 * (reversed containment); a list or a Set makes it an exact comparison.
 */
export type AllowlistValue =
  | { readonly kind: 'list'; readonly values: readonly string[] }
  | { readonly kind: 'string'; readonly value: string | undefined; readonly description: string }
  | { readonly kind: 'unknown' };

const MAX_DEPTH = 4;

/** String methods and globals whose result is a string. */
const STRING_RESULTS: ReadonlySet<string> = new Set(['join', 'toString', 'trim', 'toLowerCase', 'concat', 'replace', 'replaceAll']);

export function allowlistValueOf(file: CorsFile, receiver: TSESTree.Node): AllowlistValue {
  const description = `\`${file.sourceCode.getText(receiver)}\``;
  const known = staticValueOf(receiver, file.scopeOf)?.value;
  if (typeof known === 'string') return { kind: 'string', value: known, description };
  if (Array.isArray(known) && known.every((v) => typeof v === 'string')) return { kind: 'list', values: known };
  const byShape = shapeOf(file, receiver, 0);
  if (byShape === 'set') return setValues(file, receiver);
  if (byShape === 'string') return { kind: 'string', value: undefined, description };
  if (byShape === 'unknown' && isStringTyped(file, receiver)) return { kind: 'string', value: undefined, description };
  return { kind: 'unknown' };
}

/** Reads a receiver's initializer: `.split(',')` makes a list, `.join(',')` and `process.env.X` a string. */
function shapeOf(file: CorsFile, input: TSESTree.Node, depth: number): 'string' | 'list' | 'set' | 'unknown' {
  const node = unwrapValue(input);
  switch (node.type) {
    case AST_NODE_TYPES.TemplateLiteral:
      return 'string';
    case AST_NODE_TYPES.ArrayExpression:
      return 'list';
    case AST_NODE_TYPES.NewExpression:
      return node.callee.type === AST_NODE_TYPES.Identifier && isGlobal(file, node.callee, 'Set') ? 'set' : 'unknown';
    case AST_NODE_TYPES.Identifier: {
      const init = depth < MAX_DEPTH ? constInitializer(node, file.scopeOf(node)) : undefined;
      return init ? shapeOf(file, init, depth + 1) : 'unknown';
    }
    case AST_NODE_TYPES.MemberExpression:
      return isEnvRead(node) ? 'string' : 'unknown';
    case AST_NODE_TYPES.LogicalExpression: {
      const left = shapeOf(file, node.left, depth + 1);
      const right = staticValue(node.right)?.value;
      return left === 'string' || (left === 'unknown' && typeof right === 'string') ? 'string' : left;
    }
    case AST_NODE_TYPES.CallExpression: {
      if (node.callee.type === AST_NODE_TYPES.Identifier && isGlobal(file, node.callee, 'String')) return 'string';
      const method = calledMethodName(node);
      if (method === 'split' || method === 'map' || method === 'filter') return 'list';
      return method && STRING_RESULTS.has(method) ? 'string' : 'unknown';
    }
    default:
      return 'unknown';
  }
}

/** `process.env.CORS_ORIGINS`, `process.env['CORS_ORIGINS']`. */
export function isEnvRead(node: TSESTree.MemberExpression): boolean {
  const object = unwrapValue(node.object);
  return (
    object.type === AST_NODE_TYPES.MemberExpression &&
    object.object.type === AST_NODE_TYPES.Identifier &&
    object.object.name === 'process' &&
    !object.computed &&
    object.property.type === AST_NODE_TYPES.Identifier &&
    object.property.name === 'env'
  );
}

/** `new Set(['https://a.example'])`, directly or through a `const`. */
function setValues(file: CorsFile, receiver: TSESTree.Node): AllowlistValue {
  let node = unwrapValue(receiver);
  for (let depth = 0; node.type === AST_NODE_TYPES.Identifier && depth < MAX_DEPTH; depth++) {
    const init = constInitializer(node, file.scopeOf(node));
    if (!init) return { kind: 'unknown' };
    node = unwrapValue(init);
  }
  if (node.type !== AST_NODE_TYPES.NewExpression || node.arguments.length !== 1) return { kind: 'unknown' };
  const values = staticValue(node.arguments[0], file.scopeOf(node))?.value;
  return Array.isArray(values) && values.every((v) => typeof v === 'string') ? { kind: 'list', values } : { kind: 'unknown' };
}

/**
 * With type information: whether the receiver's type is a string (or a union of strings and
 * `undefined`/`null`), so `.includes` on it is a substring test. Arrays and Sets are not.
 */
function isStringTyped(file: CorsFile, receiver: TSESTree.Node): boolean {
  const services = file.types;
  if (!services?.program) return false;
  const checker = services.program.getTypeChecker();
  const tsNode = services.esTreeNodeToTSNodeMap.get(receiver as never);
  if (!tsNode) return false;
  const type = checker.getNonNullableType(checker.getTypeAtLocation(tsNode));
  const parts = type.isUnion() ? type.types : [type];
  return parts.length > 0 && parts.every((part) => part.isStringLiteral() || checker.typeToString(part) === 'string');
}

/** A literal string argument, as the check compares it. */
export function literalArgument(file: CorsFile, node: TSESTree.Node | undefined): string | undefined {
  return staticStringOf(node, file.scopeOf);
}
