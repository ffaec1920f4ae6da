import type { TSESTree } from '@typescript-eslint/utils';
import { CALL, CONSTRUCT, type TraceMap } from '@eslint-community/eslint-utils';
import type { CorsFile } from '../file-context';
import { moduleReferenceNodes, type ModuleTrace } from '../module-references';

/** HTTP client methods whose options hold request headers. */
const CLIENT_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'create', 'extend'];

const CALLABLE_CLIENT: TraceMap<true> = {
  [CALL]: true,
  ...Object.fromEntries(CLIENT_METHODS.map((method) => [method, { [CALL]: true }])),
};

/** Client modules: the export that sends a request, as an ESM map and a CommonJS map. */
const CLIENT_MODULES: Readonly<Record<string, ModuleTrace<true>>> = {
  axios: { esm: { default: CALLABLE_CLIENT }, cjs: { ...CALLABLE_CLIENT, default: CALLABLE_CLIENT } },
  ky: { esm: { default: CALLABLE_CLIENT }, cjs: { ...CALLABLE_CLIENT, default: CALLABLE_CLIENT } },
  ofetch: { esm: { ofetch: CALLABLE_CLIENT, $fetch: CALLABLE_CLIENT }, cjs: { ofetch: CALLABLE_CLIENT, $fetch: CALLABLE_CLIENT } },
  'node-fetch': { esm: { default: { [CALL]: true } }, cjs: { [CALL]: true, default: { [CALL]: true } } },
  undici: {
    esm: { fetch: { [CALL]: true }, request: { [CALL]: true }, Request: { [CONSTRUCT]: true } },
    cjs: { fetch: { [CALL]: true }, request: { [CALL]: true }, Request: { [CONSTRUCT]: true } },
  },
};

const GLOBAL_CLIENTS = { fetch: { [CALL]: true }, Request: { [CONSTRUCT]: true } };

const callsByProgram = new WeakMap<TSESTree.Program, ReadonlySet<TSESTree.Node>>();

/**
 * Calls that send an HTTP request (`fetch(url, { headers })`, `axios.get(url, { headers })`): the
 * `Access-Control-*` headers in their options are request headers, not a response's.
 */
export function clientRequestCalls(file: CorsFile): ReadonlySet<TSESTree.Node> {
  const cached = callsByProgram.get(file.program);
  if (cached) return cached;
  const calls = moduleReferenceNodes(file, CLIENT_MODULES);
  for (const { node } of file.tracker.iterateGlobalReferences(GLOBAL_CLIENTS)) calls.add(node as TSESTree.Node);
  callsByProgram.set(file.program, calls);
  return calls;
}
