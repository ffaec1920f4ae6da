import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { HeaderWrite } from '../../model/header-write';
import { isFunctionNode } from '../../ast/functions';
import { propertyName } from '../../ast/static-values';
import type { RequestKind, ResponseStyle } from './response-style';

/** How each framework reads the request Origin from its handler's first parameter `p`. */
const ORIGIN_READS: Readonly<Record<Exclude<RequestKind, 'elysia'>, (p: string) => string>> = {
  node: (p) => `${p}.headers.origin`,
  koa: (p) => `${p}.get('Origin')`,
  hono: (p) => `${p}.req.header('origin')`,
  web: (p) => `${p}.headers.get('origin')`,
  // API Gateway REST payloads keep the client's header case.
  lambda: (p) => `(${p}.headers?.origin ?? ${p}.headers?.Origin)`,
};

/**
 * Source text that reads the request Origin where `write` happens, from the handler's parameters:
 * `req.headers.origin`, `ctx.get('Origin')`, `c.req.header('origin')`, `request.headers.get('origin')`.
 * `undefined` when the handler does not show its request.
 */
export function originReadText(write: HeaderWrite, style: ResponseStyle): string | undefined {
  const handler = write.fn;
  if (!isFunctionNode(handler) || !style.request) return undefined;
  const first = handler.params[0];
  if (style.request === 'elysia') return first?.type === AST_NODE_TYPES.ObjectPattern ? elysiaOriginRead(first) : undefined;
  if (first?.type !== AST_NODE_TYPES.Identifier) return undefined;
  // Node-style handlers take `(req, res)`: the request is only known when both are there.
  if (style.request === 'node' && handler.params.length < 2) return undefined;
  return ORIGIN_READS[style.request](first.name);
}

/** Elysia: `({ request })` gives a web Request, `({ headers })` a lower-case record. */
function elysiaOriginRead(pattern: TSESTree.ObjectPattern): string | undefined {
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.value.type !== AST_NODE_TYPES.Identifier) continue;
    const key = propertyName(property);
    if (key === 'request') return `${property.value.name}.headers.get('origin')`;
    if (key === 'headers') return `${property.value.name}.origin`;
  }
  return undefined;
}
