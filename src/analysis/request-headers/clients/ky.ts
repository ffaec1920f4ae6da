import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { CALL, READ } from '@eslint-community/eslint-utils';
import { findProperty, headersObjectUses, readRequestOptions, resolveObject } from '../containers';
import { hookFunctions, resolveFunction, traceParameter } from '../hook-functions';
import { traceModule, traceValue, type Handler, type HandlerMap, type Scan } from '../scan';

/** `beforeRequest(request, options)` hooks set headers on the `Request` (a web `Headers`). */
const REQUEST_PARAMETER: HandlerMap = { headers: { [READ]: headersObjectUses('ky', false) } };

/** ky options: `headers`, and `hooks.beforeRequest`. */
function readKyOptions(scan: Scan, node: TSESTree.Node | null | undefined): void {
  const options = readRequestOptions(scan, 'ky', node);
  const hooks = options && resolveObject(scan, findProperty(scan, options, 'hooks')?.value);
  const beforeRequest = hooks && findProperty(scan, hooks, 'beforeRequest');
  for (const fn of hookFunctions(scan, beforeRequest?.value)) traceParameter(scan, fn, 0, REQUEST_PARAMETER);
}

function optionsAt(index: number): Handler {
  return (scan, node) => readKyOptions(scan, (node as TSESTree.CallExpression).arguments[index]);
}

/** `ky.create(options)`, `ky.extend(options)` and `ky.extend((parent) => options)`. */
const create: Handler = (scan, node) => {
  const [argument] = (node as TSESTree.CallExpression).arguments;
  const fn = resolveFunction(scan, argument);
  const returned = fn?.body.type === AST_NODE_TYPES.ObjectExpression ? fn.body : fn ? undefined : argument;
  readKyOptions(scan, returned);
  traceValue(scan, node, INSTANCE);
};

/** A ky instance: the default export and every `create`/`extend` result. */
const INSTANCE: HandlerMap = {
  [CALL]: optionsAt(1),
  ...Object.fromEntries(['get', 'post', 'put', 'patch', 'head', 'delete'].map((method) => [method, { [CALL]: optionsAt(1) }])),
  create: { [CALL]: create },
  extend: { [CALL]: create },
};

/**
 * ky is ESM-only: `import ky from 'ky'`. `require('ky')` yields the module namespace
 * (Node's require(esm), TypeScript's CommonJS output), so `.default` is the instance;
 * bundlers' interop may hand out the instance itself.
 */
export function traceKy(scan: Scan): void {
  traceModule(scan, 'ky', { default: INSTANCE }, { ...INSTANCE, default: INSTANCE });
}
