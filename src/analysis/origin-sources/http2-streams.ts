import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { CALL } from '@eslint-community/eslint-utils';
import { staticString } from '../../ast/static-values';
import type { CorsFile } from '../file-context';
import { resolveFunction } from '../library-configs/callback-function';
import { moduleReferenceNodes } from '../module-references';

const SERVER_FACTORIES = { createServer: { [CALL]: true }, createSecureServer: { [CALL]: true } } as const;
const HTTP2 = { esm: { ...SERVER_FACTORIES, default: SERVER_FACTORIES }, cjs: SERVER_FACTORIES };
const LISTENER_METHODS = { on: { [CALL]: true }, once: { [CALL]: true }, addListener: { [CALL]: true } } as const;

const parametersByProgram = new WeakMap<TSESTree.Program, ReadonlySet<TSESTree.Node>>();

/**
 * The request-headers parameter of Node's HTTP/2 core API: `server.on('stream', (stream, headers) => …)`
 * on a server from `http2.createServer` / `createSecureServer` (imported or required, also `node:http2`).
 * Found once per file.
 */
export function http2StreamHeaderParameters(file: CorsFile): ReadonlySet<TSESTree.Node> {
  let parameters = parametersByProgram.get(file.program);
  if (parameters) return parameters;
  const found = new Set<TSESTree.Node>();
  for (const server of moduleReferenceNodes(file, { http2: HTTP2, 'node:http2': HTTP2 })) {
    for (const { node } of file.tracker.iteratePropertyReferences(server as never, LISTENER_METHODS)) {
      const call = node as TSESTree.CallExpression;
      if (call.type !== AST_NODE_TYPES.CallExpression || staticString(call.arguments[0], file.scopeOf(call)) !== 'stream') continue;
      const handler = call.arguments[1];
      const listener = handler && handler.type !== AST_NODE_TYPES.SpreadElement ? resolveFunction(file, handler) : undefined;
      const headers = listener?.params[1];
      if (headers) found.add(headers);
    }
  }
  parameters = found;
  parametersByProgram.set(file.program, parameters);
  return parameters;
}
