import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { CALL } from '@eslint-community/eslint-utils';
import type { HeaderWrite, WriteApi } from '../model/header-write';
import { calledMethodName, calledReceiver, methodNameOf, propertyName, propertyNameOf, staticString, staticStringOf } from '../ast/static-values';
import { callsOfMethods } from './call-index';
import type { CorsFile } from './file-context';
import { h3HeaderCalls } from './h3-calls';
import { moduleReferenceNodes } from './module-references';
import { VARY, isTrackedHeaderName } from './header-names';
import { becomesHeaders } from './header-object-use';
import { collectH3Write, isH3HeadersArgument } from './header-writes/h3';
import { headerWrite } from './header-writes/header-write';
import { collectDecoratorWrite, nestHeaderDecorators } from './header-writes/nest-decorators';

/** Methods whose `(name, value)` call writes one response header, and whether they append. */
const NAME_VALUE_METHODS: Readonly<Record<string, { api: WriteApi; appends: boolean }>> = {
  setHeader: { api: 'setHeader', appends: false },
  appendHeader: { api: 'appendHeader', appends: true },
  set: { api: 'set', appends: false },
  header: { api: 'set', appends: false },
  append: { api: 'append', appends: true },
};

/** Methods whose object argument holds several headers. */
const OBJECT_METHODS: Readonly<Record<string, WriteApi>> = {
  set: 'setObject',
  header: 'setObject',
  headers: 'setObject',
  writeHead: 'writeHead',
  setHeaders: 'setHeaders',
};

const writesByProgram = new WeakMap<TSESTree.Program, readonly HeaderWrite[]>();

/** Every tracked response-header write in the file, in source order. Computed once per file. */
export function findHeaderWrites(file: CorsFile): HeaderWrite[] {
  let writes = writesByProgram.get(file.program);
  if (!writes) {
    writes = collectHeaderWrites(file);
    writesByProgram.set(file.program, writes);
  }
  return [...writes];
}

function collectHeaderWrites(file: CorsFile): HeaderWrite[] {
  const writes: HeaderWrite[] = [];
  const varyCalls = varyPackageCalls(file);
  // Only calls named like a header write (or of the `vary` package) can write one.
  const headerCalls = callsOfMethods(file, writesHeaders, true);
  const calls = varyCalls.size === 0 ? headerCalls : inSourceOrder(file, [...headerCalls, ...varyCalls]);
  for (const call of calls) collectCallWrites(file, call, varyCalls, writes);
  for (const call of nestHeaderDecorators(file)) collectDecoratorWrite(file, call, writes);
  const h3Calls = h3HeaderCalls(file);
  for (const [call, h3] of h3Calls) collectH3Write(file, call as TSESTree.CallExpression, h3, writes);
  for (const property of file.nodes.properties) if (!isH3HeadersArgument(property, h3Calls)) collectPropertyWrite(file, property, writes);
  for (const pair of file.nodes.pairs) collectTupleWrite(file, pair, writes);
  for (const assignment of file.nodes.assignments) collectAssignmentWrite(file, assignment, writes);
  return writes.sort((a, b) => a.node.range[0] - b.node.range[0]);
}

/** `calls` in the order ESLint visited them, which the writes of one position keep. */
function inSourceOrder(file: CorsFile, calls: readonly TSESTree.Node[]): TSESTree.CallExpression[] {
  const wanted = new Set(calls);
  return file.nodes.calls.filter((call) => wanted.has(call));
}

function text(file: CorsFile, node: TSESTree.Node): string {
  return file.sourceCode.getText(node);
}

/** `vary(res, 'Origin')` calls of the `vary` package, found by module, not by name. */
function varyPackageCalls(file: CorsFile): Set<TSESTree.Node> {
  return moduleReferenceNodes(file, { vary: { esm: { default: { [CALL]: true } }, cjs: { [CALL]: true } } });
}

function collectCallWrites(
  file: CorsFile,
  call: TSESTree.CallExpression,
  varyCalls: Set<TSESTree.Node>,
  writes: HeaderWrite[],
): void {
  if (varyCalls.has(call) && call.arguments.length >= 2) {
    writes.push(headerWrite(VARY, call.arguments[1], 'vary', true, call, text(file, call.arguments[0]), call));
    return;
  }
  // Computed names (`res[name](...)`) come here unread: the scope names them.
  const method = methodNameOf(call, file.scopeOf);
  const receiver = calledReceiver(call);
  if (!method || !receiver || !writesHeaders(method)) return;
  // Header names are mostly literals, which need no scope.
  const scopeOfCall = () => file.scopeOf(call);
  const target = text(file, receiver);

  if (method === 'vary' && call.arguments.length === 1) {
    writes.push(headerWrite(VARY, call.arguments[0], 'vary', true, call, target, call));
    return;
  }

  const shape = NAME_VALUE_METHODS[method];
  if (shape && call.arguments.length >= 2) {
    const name = staticStringOf(call.arguments[0], scopeOfCall);
    if (!name || !isTrackedHeaderName(name)) return;
    const api = shape.api === 'set' && isWebHeaders(receiver) ? 'headersSet' : shape.api;
    const appends = shape.appends || honoAppendOption(call.arguments[2]);
    writes.push(headerWrite(name.toLowerCase(), call.arguments[1], api, appends, call, target, call));
    return;
  }

  // `res.writeHead(200, ['Access-Control-Allow-Origin', o, 'Vary', 'Origin'])`: a flat list.
  if (method === 'writeHead') {
    const headers = call.arguments.at(-1);
    if (headers?.type === AST_NODE_TYPES.ArrayExpression && !isTupleList(headers)) {
      const items = headers.elements;
      for (let i = 0; i + 1 < items.length; i += 2) {
        const name = staticStringOf(items[i], scopeOfCall);
        const value = items[i + 1];
        if (name && isTrackedHeaderName(name) && value)
          writes.push(headerWrite(name.toLowerCase(), value, 'writeHead', false, items[i]!, target, call));
      }
    }
  }
}

/** Whether a method is one of those `collectCallWrites` reads a header write from. */
function writesHeaders(method: string): boolean {
  return method === 'vary' || method === 'writeHead' || !!NAME_VALUE_METHODS[method];
}

/** `headers.set(...)` on something that is a web `Headers`: `x.headers` or `new Headers()`. */
function isWebHeaders(receiver: TSESTree.Expression): boolean {
  if (receiver.type === AST_NODE_TYPES.MemberExpression)
    return !receiver.computed && receiver.property.type === AST_NODE_TYPES.Identifier && receiver.property.name === 'headers';
  return receiver.type === AST_NODE_TYPES.NewExpression;
}

/** Hono's `c.header(name, value, { append: true })`. */
function honoAppendOption(node: TSESTree.Node | undefined): boolean {
  return (
    node?.type === AST_NODE_TYPES.ObjectExpression &&
    node.properties.some(
      (p) =>
        p.type === AST_NODE_TYPES.Property &&
        propertyName(p) === 'append' &&
        p.value.type === AST_NODE_TYPES.Literal &&
        p.value.value === true,
    )
  );
}

function isTupleList(array: TSESTree.ArrayExpression): boolean {
  return array.elements.length > 0 && array.elements.every((e) => e?.type === AST_NODE_TYPES.ArrayExpression);
}

function collectPropertyWrite(file: CorsFile, property: TSESTree.Property, writes: HeaderWrite[]): void {
  const object = property.parent;
  if (object.type !== AST_NODE_TYPES.ObjectExpression) return;
  // Most properties of a file are no header: a written key's name tells without a scope lookup.
  const name = propertyNameOf(property, file.scopeOf);

  // Next config: `{ key: 'Access-Control-Allow-Origin', value: ':origin' }`.
  if (name === 'key') {
    const scope = file.scopeOf(property);
    const header = staticString(property.value, scope);
    const valueProperty = object.properties.find(
      (p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && propertyName(p, scope) === 'value',
    );
    if (header && isTrackedHeaderName(header) && valueProperty)
      writes.push(headerWrite(header.toLowerCase(), valueProperty.value, 'nextConfig', false, object, `object@${object.range[0]}`, undefined));
    return;
  }

  if (!name || !isTrackedHeaderName(name)) return;
  const { api, target, call } = objectContext(file, object);
  if (api === 'object' && !becomesHeaders(file, object)) return;
  writes.push(headerWrite(name.toLowerCase(), property.value, api, false, property, target, call));
}

/** How a headers object literal is used: an argument of `res.set({...})`, `writeHead`, or a plain object. */
function objectContext(
  file: CorsFile,
  object: TSESTree.ObjectExpression,
): { api: WriteApi; target: string; call: HeaderWrite['call'] } {
  const parent = object.parent;
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(object)) {
    const method = calledMethodName(parent);
    const receiver = calledReceiver(parent);
    const api = method ? OBJECT_METHODS[method] : undefined;
    if (api && receiver) return { api, target: text(file, receiver), call: parent };
  }
  const owner = owningCall(object);
  return { api: 'object', target: `object@${object.range[0]}`, call: owner };
}

/** The call or `new` an object literal is (part of) an argument of: `new Response(b, { headers: {...} })`. */
function owningCall(node: TSESTree.Node): HeaderWrite['call'] {
  let current: TSESTree.Node | undefined = node.parent;
  for (let depth = 0; current && depth < 3; depth++, current = current.parent) {
    if (current.type === AST_NODE_TYPES.CallExpression || current.type === AST_NODE_TYPES.NewExpression) return current;
  }
  return undefined;
}

function collectTupleWrite(file: CorsFile, pair: TSESTree.ArrayExpression, writes: HeaderWrite[]): void {
  const list = pair.parent;
  if (list.type !== AST_NODE_TYPES.ArrayExpression) return;
  const [nameNode, value] = pair.elements;
  const name = staticStringOf(nameNode, () => file.scopeOf(pair));
  if (!name || !isTrackedHeaderName(name) || !value || value.type === AST_NODE_TYPES.SpreadElement) return;
  const call = owningCall(list);
  const isWriteHead = call?.type === AST_NODE_TYPES.CallExpression && calledMethodName(call) === 'writeHead';
  const receiver = isWriteHead ? calledReceiver(call) : undefined;
  writes.push(
    headerWrite(
      name.toLowerCase(),
      value,
      isWriteHead ? 'writeHead' : 'tuple',
      false,
      pair,
      receiver ? text(file, receiver) : `object@${list.range[0]}`,
      call,
    ),
  );
}

/** `set.headers['access-control-allow-origin'] = o` (Elysia) and `res.headers[...] = o`. */
function collectAssignmentWrite(file: CorsFile, assignment: TSESTree.AssignmentExpression, writes: HeaderWrite[]): void {
  const left = assignment.left;
  if (left.type !== AST_NODE_TYPES.MemberExpression) return;
  const headers = left.object;
  if (headers.type !== AST_NODE_TYPES.MemberExpression || propertyName(headers) !== 'headers') return;
  const scope = file.scopeOf(assignment);
  const name = propertyName(left, scope);
  if (!name || !isTrackedHeaderName(name)) return;
  const appends = assignment.operator === '+=';
  writes.push(headerWrite(name.toLowerCase(), assignment.right, 'assignment', appends, assignment, text(file, headers.object), undefined));
}
