import type { TSESTree } from '@typescript-eslint/utils';
import { CALL, ReferenceTracker } from '@eslint-community/eslint-utils';
import type { CorsFile } from '../file-context';

const URL_MODULES = ['url', 'node:url'] as const;

const callsByFile = new WeakMap<TSESTree.Program, ReadonlySet<TSESTree.Node>>();

/**
 * Calls of Node's legacy `url.parse()` (DEP0169), found by module: `require('url').parse`,
 * `const { parse } = require('node:url')`, `import { parse } from 'url'`, `import url from 'url'`,
 * `import * as url from 'node:url'`. A local function named `parse` is not one.
 */
export function legacyUrlParseCalls(file: CorsFile): ReadonlySet<TSESTree.Node> {
  let calls = callsByFile.get(file.program);
  if (calls) return calls;
  const found = new Set<TSESTree.Node>();
  const parse = { parse: { [CALL]: true } };
  const esm = Object.fromEntries(URL_MODULES.map((m) => [m, { [ReferenceTracker.ESM]: true, ...parse, default: parse }]));
  const cjs = Object.fromEntries(URL_MODULES.map((m) => [m, parse]));
  for (const { node } of file.tracker.iterateEsmReferences(esm)) found.add(node as TSESTree.Node);
  for (const { node } of file.tracker.iterateCjsReferences(cjs)) found.add(node as TSESTree.Node);
  calls = found;
  callsByFile.set(file.program, calls);
  return calls;
}
