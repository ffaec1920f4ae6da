import type { TSESTree } from '@typescript-eslint/utils';
import { CALL, CONSTRUCT } from '@eslint-community/eslint-utils';
import type { CorsFile } from '../file-context';
import { moduleReferenceNodes, type ModuleTrace } from '../module-references';

/**
 * Server-side clients the request-header scan does not follow (forbidden request headers are a
 * browser matter): the export that sends a request. Browser clients (`fetch`, `Request`, axios,
 * ky, ofetch, superagent) are left out through the scan's own header entries.
 */
const SERVER_CLIENT_MODULES: Readonly<Record<string, ModuleTrace<true>>> = {
  'node-fetch': { esm: { default: { [CALL]: true } }, cjs: { [CALL]: true, default: { [CALL]: true } } },
  undici: {
    esm: { fetch: { [CALL]: true }, request: { [CALL]: true }, Request: { [CONSTRUCT]: true } },
    cjs: { fetch: { [CALL]: true }, request: { [CALL]: true }, Request: { [CONSTRUCT]: true } },
  },
};

const callsByProgram = new WeakMap<TSESTree.Program, ReadonlySet<TSESTree.Node>>();

/**
 * Calls of server-side clients (`undici.request(url, { headers })`): the `Access-Control-*` headers
 * in their options are request headers, not a response's.
 */
export function serverClientCalls(file: CorsFile): ReadonlySet<TSESTree.Node> {
  let calls = callsByProgram.get(file.program);
  if (!calls) {
    calls = moduleReferenceNodes(file, SERVER_CLIENT_MODULES);
    callsByProgram.set(file.program, calls);
  }
  return calls;
}
