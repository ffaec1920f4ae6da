import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { CALL, ReferenceTracker } from '@eslint-community/eslint-utils';
import { propertyName } from '../../ast/static-values';
import { unwrapExpression } from '../../ast/unwrap';
import type { CorsFile } from '../file-context';
import { isGlobal } from '../origin-sources/evaluate';

const URL_MODULES = ['url', 'node:url'] as const;

const legacyParseByFile = new WeakMap<TSESTree.Program, ReadonlySet<TSESTree.Node>>();

/** Calls of the legacy `url.parse` (`import url from 'url'`, `require('node:url').parse`, `{ parse }`). */
function legacyParseCalls(file: CorsFile): ReadonlySet<TSESTree.Node> {
  let calls = legacyParseByFile.get(file.program);
  if (!calls) {
    const found = new Set<TSESTree.Node>();
    for (const name of URL_MODULES) {
      const esm = { [name]: { [ReferenceTracker.ESM]: true, parse: { [CALL]: true }, default: { parse: { [CALL]: true } } } };
      for (const { node } of file.tracker.iterateEsmReferences(esm)) found.add(node as TSESTree.Node);
      for (const { node } of file.tracker.iterateCjsReferences({ [name]: { parse: { [CALL]: true } } })) found.add(node as TSESTree.Node);
    }
    calls = found;
    legacyParseByFile.set(file.program, calls);
  }
  return calls;
}

/** `new URL(x)`, `URL.parse(x)` (the WHATWG parser) or the legacy `url.parse(x)`: the parsed argument. */
export function parsedUrlArgument(file: CorsFile, node: TSESTree.Node): TSESTree.Node | undefined {
  if (node.type === AST_NODE_TYPES.NewExpression) {
    const callee = unwrapExpression(node.callee);
    return callee.type === AST_NODE_TYPES.Identifier && isGlobal(file, callee, 'URL') ? node.arguments[0] : undefined;
  }
  if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
  if (legacyParseCalls(file).has(node)) return node.arguments[0];
  const callee = unwrapExpression(node.callee);
  const whatwgParse =
    callee.type === AST_NODE_TYPES.MemberExpression &&
    propertyName(callee) === 'parse' &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    isGlobal(file, callee.object, 'URL');
  return whatwgParse ? node.arguments[0] : undefined;
}
