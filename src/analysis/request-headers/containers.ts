import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { constInitializer, variableOf } from '../../ast/const-initializer';
import { propertyName, propertyNameOf, staticString } from '../../ast/static-values';
import { outermostWrapper, unwrapExpression } from '../../ast/unwrap';
import type { ClientId, OwnerRemoval, Removal } from './header-entry';
import { assignmentRemoval, callRemoval } from './removals';
import { firstVisit, type Handler, type Scan } from './scan';

/** axios merges `headers.common` and `headers[method]` into the request's headers. */
const AXIOS_BUCKETS: ReadonlySet<string> = new Set(['common', 'get', 'delete', 'head', 'options', 'post', 'put', 'patch']);

export interface ContainerOptions {
  readonly client: ClientId;
  /** What to remove once the container would be left empty, innermost first. */
  readonly owners: readonly OwnerRemoval[];
  /** axios: `{ common: {...}, post: {...} }` buckets nest more headers. */
  readonly buckets?: boolean;
}

function addEntry(
  scan: Scan,
  client: ClientId,
  nameNode: TSESTree.Node,
  name: string,
  value: TSESTree.Node | null | undefined,
  removal: Removal,
): void {
  const visible = value && value.type !== AST_NODE_TYPES.SpreadElement ? value : undefined;
  scan.entries.push({ client, nameNode, name, value: visible, removal });
}

/**
 * A `HeadersInit`: an object literal, an array of `[name, value]` pairs, or a name bound to one.
 * `new Headers(...)` is read where the `Headers` global is traced, so it is not read again here.
 */
export function readHeadersInit(scan: Scan, node: TSESTree.Node | null | undefined, options: ContainerOptions): void {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return;
  const value = unwrapExpression(node);
  switch (value.type) {
    case AST_NODE_TYPES.ObjectExpression:
      if (firstVisit(scan, value)) readHeaderObject(scan, value, options);
      return;
    case AST_NODE_TYPES.ArrayExpression:
      if (firstVisit(scan, value)) readHeaderPairs(scan, value, options);
      return;
    case AST_NODE_TYPES.Identifier:
      readNamedHeaders(scan, value, options);
      return;
    case AST_NODE_TYPES.ConditionalExpression:
      readHeadersInit(scan, value.consequent, { ...options, owners: [] });
      readHeadersInit(scan, value.alternate, { ...options, owners: [] });
      return;
    case AST_NODE_TYPES.LogicalExpression:
      readHeadersInit(scan, value.left, { ...options, owners: [] });
      readHeadersInit(scan, value.right, { ...options, owners: [] });
      return;
    default:
      return;
  }
}

function readHeaderObject(scan: Scan, object: TSESTree.ObjectExpression, options: ContainerOptions): void {
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const name = propertyNameOf(property, scan.file.scopeOf);
    if (name === undefined) continue;
    const removal: Removal = { shape: 'list-element', element: property, owners: options.owners };
    if (options.buckets && AXIOS_BUCKETS.has(name) && isInlineContainer(property.value)) {
      // An emptied bucket goes first, then the `headers:` holding it.
      const owners = [{ shape: 'list-element', range: property.range } as const, ...options.owners];
      readHeadersInit(scan, property.value, { client: options.client, owners });
    } else {
      addEntry(scan, options.client, property.key, name, property.value, removal);
    }
  }
}

function readHeaderPairs(scan: Scan, array: TSESTree.ArrayExpression, options: ContainerOptions): void {
  const scope = scan.file.scopeOf(array);
  for (const pair of array.elements) {
    if (pair?.type !== AST_NODE_TYPES.ArrayExpression) continue;
    const [nameNode, value] = pair.elements;
    const name = staticString(nameNode, scope);
    if (!nameNode || name === undefined) continue;
    addEntry(scan, options.client, nameNode, name, value, { shape: 'list-element', element: pair, owners: options.owners });
  }
}

/** `const headers = {...}; headers.Origin = o; fetch(url, { headers })`. */
function readNamedHeaders(scan: Scan, identifier: TSESTree.Identifier, options: ContainerOptions): void {
  const scope = scan.file.scopeOf(identifier);
  const init = constInitializer(identifier, scope);
  if (!init || unwrapExpression(init).type === AST_NODE_TYPES.NewExpression) return;
  const declarator = init.parent;
  if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || !firstVisit(scan, declarator)) return;
  readHeadersInit(scan, init, { ...options, owners: [] });
  for (const reference of variableOf(identifier, scope)?.references ?? [])
    if (reference.isRead()) readHeadersObjectUses(scan, reference.identifier as TSESTree.Node, options.client, false);
}

/** An object or array literal written in place (so its owner may go with it). */
export function isInlineContainer(node: TSESTree.Node | null | undefined): boolean {
  if (!node) return false;
  const value = unwrapExpression(node);
  return value.type === AST_NODE_TYPES.ObjectExpression || value.type === AST_NODE_TYPES.ArrayExpression;
}

/**
 * Writes through an expression that holds headers: `h.set(name, v)`, `h.append(name, v)`,
 * `h[name] = v`, `h.Name = v`, and `h = {...}`.
 */
export function readHeadersObjectUses(scan: Scan, node: TSESTree.Node, client: ClientId, chainable: boolean): void {
  const self = outermostWrapper(node);
  const parent = self.parent;
  if (!parent) return;
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left === self && parent.operator === '=') {
    readHeadersInit(scan, parent.right, { client, owners: [] });
    return;
  }
  if (parent.type !== AST_NODE_TYPES.MemberExpression || parent.object !== self) return;
  const scope = scan.file.scopeOf(parent);
  const use = parent.parent;
  if (use.type === AST_NODE_TYPES.CallExpression && use.callee === parent) {
    const method = propertyName(parent, scope);
    if (method !== 'set' && method !== 'append') return;
    readNameValueCall(scan, client, use, chainable);
    // `AxiosHeaders#set` returns the headers: `cfg.headers.set(a, x).set(b, y)`.
    if (chainable) readHeadersObjectUses(scan, use, client, chainable);
    return;
  }
  if (use.type === AST_NODE_TYPES.AssignmentExpression && use.left === parent && use.operator === '=') {
    const name = propertyName(parent, scope);
    if (name !== undefined && firstVisit(scan, use)) addEntry(scan, client, parent.property, name, use.right, assignmentRemoval(use));
  }
}

/** `headers.set(name, value)`, `xhr.setRequestHeader(name, value)`, superagent's `.set(name, value)`. */
export function readNameValueCall(scan: Scan, client: ClientId, call: TSESTree.CallExpression, chainable: boolean): void {
  const [nameNode, value] = call.arguments;
  if (!nameNode || nameNode.type === AST_NODE_TYPES.SpreadElement || !firstVisit(scan, call)) return;
  const name = staticString(nameNode, scan.file.scopeOf(call));
  if (name !== undefined) addEntry(scan, client, nameNode, name, value, callRemoval(call, chainable));
}

/** A handler for a traced `(name, value)` call. */
export function nameValueCall(client: ClientId, chainable: boolean): Handler {
  return (scan, node) => {
    if (node.type === AST_NODE_TYPES.CallExpression) readNameValueCall(scan, client, node, chainable);
  };
}

/** A handler for a traced read of something holding headers (`cfg.headers`, `axios.defaults.headers.common`). */
export function headersObjectUses(client: ClientId, chainable: boolean): Handler {
  return (scan, node) => readHeadersObjectUses(scan, node, client, chainable);
}

/** The object literal an options argument is, directly or through a `const`. */
export function resolveObject(scan: Scan, node: TSESTree.Node | null | undefined): TSESTree.ObjectExpression | undefined {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return undefined;
  let value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.Identifier) {
    const init = constInitializer(value, scan.file.scopeOf(value));
    value = init ? unwrapExpression(init) : value;
  }
  return value.type === AST_NODE_TYPES.ObjectExpression ? value : undefined;
}

/** The property `name` of an object literal (statically named). */
export function findProperty(scan: Scan, object: TSESTree.ObjectExpression, name: string): TSESTree.Property | undefined {
  return object.properties.find(
    (property): property is TSESTree.Property =>
      property.type === AST_NODE_TYPES.Property && propertyNameOf(property, scan.file.scopeOf) === name,
  );
}

/**
 * A request options object (`fetch` init, axios config, ky/ofetch options): reads its `headers`
 * and returns the object so a client can read its hooks.
 */
export function readRequestOptions(
  scan: Scan,
  client: ClientId,
  node: TSESTree.Node | null | undefined,
  buckets = false,
): TSESTree.ObjectExpression | undefined {
  const options = resolveObject(scan, node);
  if (!options) return undefined;
  scan.requests.push({ client, options, call: invocationOf(node) });
  const headers = findProperty(scan, options, 'headers');
  if (headers) {
    const owners: OwnerRemoval[] = isInlineContainer(headers.value) ? [{ shape: 'list-element', range: headers.range }] : [];
    readHeadersInit(scan, headers.value, { client, owners, buckets });
  }
  return options;
}

function invocationOf(argument: TSESTree.Node | null | undefined): TSESTree.CallExpression | TSESTree.NewExpression | undefined {
  const parent = argument?.parent;
  const invocation =
    parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression ? parent : undefined;
  return invocation?.arguments.includes(argument as TSESTree.CallExpressionArgument) ? invocation : undefined;
}
