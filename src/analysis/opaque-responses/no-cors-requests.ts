import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { methodNameOf, propertyNameOf, staticString } from '../../ast/static-values';
import { unwrapExpression } from '../../ast/unwrap';
import type { CorsFile } from '../file-context';
import type { ClientId, RequestSite } from '../request-headers/header-entry';

/** The clients whose options reach `fetch` with a `mode`; each answers an opaque response its own way. */
export type NoCorsClient = Extract<ClientId, 'fetch' | 'request' | 'ky' | 'ofetch' | 'axios'>;

/** A request sent with `mode: 'no-cors'`. */
export interface NoCorsRequest {
  readonly client: NoCorsClient;
  readonly options: TSESTree.ObjectExpression;
  readonly call: TSESTree.CallExpression | TSESTree.NewExpression;
  /** The method, uppercased, when it is known; GET when nothing sets one. */
  readonly method: { readonly name: string; readonly node: TSESTree.Node } | undefined;
  /** ky with `throwHttpErrors: false`, axios with its own `validateStatus`: the response reaches the code. */
  readonly errorsOff: boolean;
  /**
   * The URL is written as a relative one (`/api`, `./data.json`): a `no-cors` request to the page's
   * own origin gets a normal response. Its method and headers are still restricted.
   */
  readonly sameOrigin: boolean;
}

const CLIENTS: ReadonlySet<string> = new Set<NoCorsClient>(['fetch', 'request', 'ky', 'ofetch', 'axios']);

/** Calls that set an instance's defaults, not a request. */
const DEFAULTS_CALLS: ReadonlySet<string> = new Set(['create', 'extend']);

/** ky and axios shorthands named after their method. */
const METHOD_CALLS: ReadonlySet<string> = new Set(['get', 'post', 'put', 'patch', 'head', 'delete', 'options']);

export function noCorsRequests(file: CorsFile, sites: readonly RequestSite[]): NoCorsRequest[] {
  const requests: NoCorsRequest[] = [];
  const seen = new Set<TSESTree.Node>();
  for (const site of sites) {
    if (!CLIENTS.has(site.client) || !site.call || seen.has(site.call)) continue;
    const client = site.client as NoCorsClient;
    const shorthand = site.call.type === AST_NODE_TYPES.CallExpression ? methodNameOf(site.call, file.scopeOf) : undefined;
    if (shorthand !== undefined && DEFAULTS_CALLS.has(shorthand)) continue;
    if (modeOf(file, client, site.options) !== 'no-cors') continue;
    seen.add(site.call);
    requests.push({
      // `ofetch.raw` resolves to the response itself.
      client: client === 'ofetch' && shorthand === 'raw' ? 'fetch' : client,
      options: site.options,
      call: site.call,
      method: methodOf(file, client, site.options, site.call, shorthand),
      errorsOff: errorsOff(file, client, site.options),
      sameOrigin: isRelative(file, urlOf(file, client, site.options, site.call)),
    });
  }
  return requests;
}

function property(file: CorsFile, object: TSESTree.ObjectExpression, name: string): TSESTree.Property | undefined {
  return object.properties.find(
    (p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && propertyNameOf(p, file.scopeOf) === name,
  );
}

function stringProperty(file: CorsFile, object: TSESTree.ObjectExpression, name: string): string | undefined {
  const found = property(file, object, name);
  return found ? staticString(found.value, file.scopeOf(found)) : undefined;
}

/** axios passes `fetchOptions.mode` to `fetch` only with its fetch adapter; its default in browsers is XHR. */
function modeOf(file: CorsFile, client: NoCorsClient, options: TSESTree.ObjectExpression): string | undefined {
  if (client !== 'axios') return stringProperty(file, options, 'mode');
  if (!usesFetchAdapter(file, options)) return undefined;
  const fetchOptions = property(file, options, 'fetchOptions')?.value;
  const inline = fetchOptions && unwrapExpression(fetchOptions);
  return inline?.type === AST_NODE_TYPES.ObjectExpression ? stringProperty(file, inline, 'mode') : undefined;
}

function usesFetchAdapter(file: CorsFile, options: TSESTree.ObjectExpression): boolean {
  const adapter = property(file, options, 'adapter')?.value;
  if (!adapter) return false;
  const value = unwrapExpression(adapter);
  // An adapter list is tried in order; the first one a browser has wins.
  const first = value.type === AST_NODE_TYPES.ArrayExpression ? value.elements[0] : value;
  return first != null && staticString(first, file.scopeOf(adapter)) === 'fetch';
}

function methodOf(
  file: CorsFile,
  client: NoCorsClient,
  options: TSESTree.ObjectExpression,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  shorthand: string | undefined,
): NoCorsRequest['method'] {
  const written = property(file, options, 'method');
  const shorthandNode = call.callee.type === AST_NODE_TYPES.MemberExpression ? call.callee.property : undefined;
  if ((client === 'ky' || client === 'axios') && shorthand && METHOD_CALLS.has(shorthand) && shorthandNode)
    return { name: shorthand.toUpperCase(), node: shorthandNode };
  if (!written) return undefined;
  const name = staticString(written.value, file.scopeOf(written));
  return name === undefined ? undefined : { name: name.toUpperCase(), node: written.value };
}

function errorsOff(file: CorsFile, client: NoCorsClient, options: TSESTree.ObjectExpression): boolean {
  if (client === 'ky') {
    const found = property(file, options, 'throwHttpErrors');
    return found !== undefined && !(found.value.type === AST_NODE_TYPES.Literal && found.value.value === true);
  }
  return client === 'axios' && property(file, options, 'validateStatus') !== undefined;
}

/** The URL the request goes to, or the base it is resolved against. */
function urlOf(
  file: CorsFile,
  client: NoCorsClient,
  options: TSESTree.ObjectExpression,
  call: TSESTree.CallExpression | TSESTree.NewExpression,
): TSESTree.Node | undefined {
  const base = property(file, options, client === 'ky' ? 'prefixUrl' : client === 'ofetch' || client === 'axios' ? 'baseURL' : '');
  if (base) return base.value;
  const first = call.arguments[0];
  return first && first !== options && unwrapExpression(first) !== options ? first : property(file, options, 'url')?.value;
}

/** `'/api'`, `` `/items/${id}` ``, `'./data.json'`, `'?q=1'`: the page's own origin. `//host` is another one. */
function isRelative(file: CorsFile, node: TSESTree.Node | undefined): boolean {
  if (!node) return false;
  const value = unwrapExpression(node);
  const text =
    value.type === AST_NODE_TYPES.TemplateLiteral ? value.quasis[0]!.value.cooked : staticString(value, file.scopeOf(value));
  // An empty start (`${base}/items`) says nothing; a scheme or `//` names another origin.
  if (!text || text.startsWith('//')) return false;
  return !/^[a-z][a-z\d+.-]*:/iu.test(text);
}
