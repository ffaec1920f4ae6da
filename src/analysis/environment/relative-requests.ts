import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { CorsFile } from '../file-context';

/** Functions and clients whose first argument is the request URL. */
const URL_FIRST = new Set(['fetch', '$fetch', 'ofetch', 'ky', 'axios', 'Request']);
const CLIENT_OBJECTS = new Set(['axios', 'ky', 'ofetch', '$fetch', '$', 'jQuery', 'api', 'http', 'client']);
const CLIENT_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'ajax', 'getJSON']);
/** Option names holding a base URL (`axios.create({ baseURL: '/api' })`, ky's `prefixUrl`). */
const BASE_URL_KEYS = new Set(['baseURL', 'baseUrl', 'prefixUrl']);

/**
 * Whether the file requests a relative URL (`fetch('/api/me')`, `axios.create({ baseURL: '/api' })`).
 * Only a browser resolves those against the page; Node's fetch and the server clients reject them.
 */
export function requestsRelativeUrl(file: CorsFile): boolean {
  for (const call of [...file.nodes.calls, ...file.nodes.news]) {
    if (isUrlCall(call.callee) && isRelativeUrl(call.arguments[0])) return true;
  }
  return file.nodes.properties.some(
    (property) =>
      !property.computed && property.key.type === AST_NODE_TYPES.Identifier && BASE_URL_KEYS.has(property.key.name) && isRelativeUrl(property.value),
  );
}

function isUrlCall(callee: TSESTree.Node): boolean {
  if (callee.type === AST_NODE_TYPES.Identifier) return URL_FIRST.has(callee.name);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return false;
  if (!CLIENT_METHODS.has(callee.property.name)) return false;
  const object = callee.object;
  if (object.type === AST_NODE_TYPES.Identifier) return CLIENT_OBJECTS.has(object.name);
  // `this.http.get('/api')` (an injected client)
  return object.type === AST_NODE_TYPES.MemberExpression && object.property.type === AST_NODE_TYPES.Identifier && CLIENT_OBJECTS.has(object.property.name);
}

function isRelativeUrl(node: TSESTree.Node | undefined): boolean {
  let text: string | undefined;
  if (node?.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') text = node.value;
  else if (node?.type === AST_NODE_TYPES.TemplateLiteral) text = node.quasis[0]?.value.cooked ?? undefined;
  if (text === undefined) return false;
  return (text.startsWith('/') && !text.startsWith('//')) || text.startsWith('./') || text.startsWith('../');
}
