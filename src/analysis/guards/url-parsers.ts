import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { CALL } from '@eslint-community/eslint-utils';
import { propertyName } from '../../ast/static-values';
import { unwrapExpression } from '../../ast/unwrap';
import type { CorsFile } from '../file-context';
import { moduleReferenceNodes } from '../module-references';
import { isGlobal } from '../origin-sources/evaluate';

const parse = { parse: { [CALL]: true } };
const URL_MODULES = { url: { esm: { ...parse, default: parse }, cjs: parse }, 'node:url': { esm: { ...parse, default: parse }, cjs: parse } };

const legacyParseByFile = new WeakMap<TSESTree.Program, ReadonlySet<TSESTree.Node>>();

/**
 * Calls of Node's legacy `url.parse()` (DEP0169), found by module: `require('url').parse`,
 * `const { parse } = require('node:url')`, `import { parse } from 'url'`, `import url from 'url'`,
 * `import * as url from 'node:url'`. A local function named `parse` is not one.
 */
export function legacyUrlParseCalls(file: CorsFile): ReadonlySet<TSESTree.Node> {
  let calls = legacyParseByFile.get(file.program);
  if (!calls) {
    calls = moduleReferenceNodes(file, URL_MODULES);
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
  if (legacyUrlParseCalls(file).has(node)) return node.arguments[0];
  const callee = unwrapExpression(node.callee);
  const whatwgParse =
    callee.type === AST_NODE_TYPES.MemberExpression &&
    propertyName(callee) === 'parse' &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    isGlobal(file, callee.object, 'URL');
  return whatwgParse ? node.arguments[0] : undefined;
}
