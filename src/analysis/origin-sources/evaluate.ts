import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { CALL } from '@eslint-community/eslint-utils';
import { isFunctionNode, type FunctionNode } from '../../ast/functions';
import { propertyNameOf, staticString } from '../../ast/static-values';
import { unwrapExpression, unwrapValue } from '../../ast/unwrap';
import { patternPath, variableOf, type PathStep, type Variable } from '../../ast/variables';
import type { CorsFile } from '../file-context';
import { h3HeaderCalls, type H3Call } from '../h3-calls';
import { http2StreamHeaderParameters } from './http2-streams';
import { moduleReferenceNodes } from '../module-references';
import { originCallbackParameters } from '../origin-callbacks';
import { EMPTY_ENV, type OriginEnv, type OriginSource, type OriginValue } from './model';
import { argumentAt, callSitesOf } from './call-sites';
import { calledFunction, parameterIndexOf, returnedExpressions } from './functions';

/** String methods whose result is still the attacker's text. */
const STRING_PRESERVING: ReadonlySet<string> = new Set([
  'trim',
  'trimStart',
  'trimEnd',
  'toLowerCase',
  'toLocaleLowerCase',
  'toString',
  'valueOf',
  'normalize',
  'replace',
  'replaceAll',
  'concat',
]);

/** Member names that lead from a request object to its headers record. */
const HEADERS_MEMBERS: ReadonlySet<string> = new Set(['headers', 'header']);

/** Helpers calling helpers: deep enough for real code, bounded for pathological files. */
const MAX_HELPER_DEPTH = 4;

/** Variables defined by variables (`const b = a`): past this many on one path, the value is unknown. */
export const MAX_ALIAS_DEPTH = 64;

/**
 * Uncached evaluation steps per file. A CORS server file takes a few thousand (the 5,000-line stress
 * file of the benchmark about 3,000); a large bundle full of helpers calling helpers (a framework's
 * development build) took millions, seconds of lint time, before this bound. Past it, every
 * further question is a cut-off: unknown, never a finding.
 */
const MAX_STEPS_PER_FILE = 100_000;

interface State {
  readonly file: CorsFile;
  readonly env: OriginEnv;
  /** Definitions and helpers being evaluated on the current path, to stop cycles. */
  readonly visiting: Set<TSESTree.Node>;
  readonly depth: number;
  /** Counts cycle and depth cut-offs: a value computed across one is incomplete and not cached. */
  readonly cuts: { count: number };
  /** The file's cache of values without parameter bindings, looked up once per evaluation. */
  readonly values: Map<TSESTree.Node, OriginValue | null>;
  /** The file's steps left, shared by every evaluation in it. */
  readonly steps: { left: number };
}

const stepsByFile = new WeakMap<TSESTree.Program, { left: number }>();

function stepBudget(file: CorsFile): { left: number } {
  let steps = stepsByFile.get(file.program);
  if (!steps) {
    steps = { left: MAX_STEPS_PER_FILE };
    stepsByFile.set(file.program, steps);
  }
  return steps;
}

const valuesByFile = new WeakMap<TSESTree.Program, Map<TSESTree.Node, OriginValue | null>>();

function valueCache(file: CorsFile): Map<TSESTree.Node, OriginValue | null> {
  let cache = valuesByFile.get(file.program);
  if (!cache) {
    cache = new Map();
    valuesByFile.set(file.program, cache);
  }
  return cache;
}

/** What `node` evaluates to as far as the request Origin is concerned. */
export function evaluateOrigin(file: CorsFile, node: TSESTree.Node, env: OriginEnv = EMPTY_ENV): OriginValue | undefined {
  // Most questions repeat an earlier one: answer those without setting up an evaluation.
  const cached = env.size === 0 ? valueCache(file).get(node) : undefined;
  if (cached !== undefined) return cached ?? undefined;
  return evaluate(initialState(file, env), node);
}

/** The parameter bindings for evaluating a same-file helper at one call site. */
export function helperEnv(
  file: CorsFile,
  call: TSESTree.CallExpression,
  fn: FunctionNode,
  env: OriginEnv = EMPTY_ENV,
): OriginEnv {
  return bindArguments(initialState(file, env), call, fn);
}

function initialState(file: CorsFile, env: OriginEnv): State {
  return { file, env, visiting: new Set(), depth: 0, cuts: { count: 0 }, values: valueCache(file), steps: stepBudget(file) };
}

export function parameterKey(fn: FunctionNode, index: number): string {
  return `param@${fn.range[0]}#${index}`;
}

/** The function whose `this` a `this` expression is: arrows see through to the enclosing one. */
function thisOwner(node: TSESTree.Node): TSESTree.Node {
  let current = node.parent;
  while (current && current.type !== AST_NODE_TYPES.Program) {
    if (isFunctionNode(current) && current.type !== AST_NODE_TYPES.ArrowFunctionExpression) return current;
    current = current.parent;
  }
  return current ?? node;
}

/** Values without parameter bindings are the same every time: cached per file. */
function evaluate(state: State, input: TSESTree.Node): OriginValue | undefined {
  const cache = state.env.size === 0 ? state.values : undefined;
  const cached = cache?.get(input);
  if (cached !== undefined) return cached ?? undefined;
  if (--state.steps.left < 0) {
    state.cuts.count++;
    return undefined;
  }
  const cuts = state.cuts.count;
  const value = evaluateNode(state, input);
  if (cache && state.cuts.count === cuts) cache.set(input, value ?? null);
  return value;
}

function evaluateNode(state: State, input: TSESTree.Node): OriginValue | undefined {
  const node = unwrapValue(input);
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
      return evaluateIdentifier(state, node);
    case AST_NODE_TYPES.ThisExpression:
      return { kind: 'request', root: `this@${thisOwner(node).range[0]}` };
    case AST_NODE_TYPES.MemberExpression:
      return evaluateMember(state, node);
    case AST_NODE_TYPES.CallExpression:
      return evaluateCall(state, node);
    case AST_NODE_TYPES.NewExpression:
      return evaluateNew(state, node);
    case AST_NODE_TYPES.LogicalExpression:
      return node.operator === '&&' ? evaluate(state, node.right) : preferOrigin(state, [node.left, node.right]);
    case AST_NODE_TYPES.ConditionalExpression:
      return preferOrigin(state, [node.consequent, node.alternate]);
    case AST_NODE_TYPES.TemplateLiteral:
      return firstOrigin(state, node.expressions);
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator === '+' ? firstOrigin(state, [node.left, node.right]) : undefined;
    case AST_NODE_TYPES.SequenceExpression:
      return evaluate(state, node.expressions[node.expressions.length - 1]!);
    case AST_NODE_TYPES.AssignmentExpression:
      return node.operator === '=' ? evaluate(state, node.right) : preferOrigin(state, [node.left, node.right]);
    case AST_NODE_TYPES.ArrayExpression:
      return firstOrigin(
        state,
        node.elements.filter((e): e is TSESTree.Expression => !!e && e.type !== AST_NODE_TYPES.SpreadElement),
      );
    default:
      return undefined;
  }
}

/** The first operand that carries the Origin, else the first one with any known value. */
function preferOrigin(state: State, nodes: readonly TSESTree.Node[]): OriginValue | undefined {
  const values = nodes.map((node) => evaluate(state, node));
  return values.find((value) => value?.kind === 'origin') ?? values.find((value) => value !== undefined);
}

function firstOrigin(state: State, nodes: readonly TSESTree.Node[]): OriginValue | undefined {
  for (const node of nodes) {
    const value = evaluate(state, node);
    if (value?.kind === 'origin') return value;
  }
  return undefined;
}

function originRead(state: State, node: TSESTree.Node, root: string): OriginValue {
  return { kind: 'origin', source: readSource(state, node, root) };
}

function readSource(state: State, node: TSESTree.Node, root: string): OriginSource {
  return { node, kind: 'header-read', text: state.file.sourceCode.getText(node), key: `origin:${root}` };
}

// ---------------------------------------------------------------------------------------------
// Identifiers: parameters, callback parameters, const/let bindings

function evaluateIdentifier(state: State, node: TSESTree.Identifier): OriginValue | undefined {
  const variable = variableOf(state.file.scopeOf(node), node);
  if (!variable) return undefined;
  const callbackParameter = callbackParameterOf(state.file, variable);
  if (callbackParameter) {
    return {
      kind: 'origin',
      source: {
        node: callbackParameter,
        kind: 'callback-parameter',
        text: callbackParameter.name,
        key: `callback:${callbackParameter.range[0]}`,
      },
    };
  }
  const def = variable.defs[0];
  if (!def) return undefined;
  if (state.visiting.has(def.name) || state.visiting.size >= MAX_ALIAS_DEPTH) {
    state.cuts.count++;
    return undefined;
  }
  state.visiting.add(def.name);
  try {
    if (def.type === 'Parameter' && isFunctionNode(def.node) && def.name.type === AST_NODE_TYPES.Identifier)
      return parameterValue(state, def.node, def.name, variable);
    if (def.type === 'Variable') return variableValue(state, variable);
    return undefined;
  } finally {
    state.visiting.delete(def.name);
  }
}

const callbackParametersByFile = new WeakMap<TSESTree.Program, ReadonlySet<TSESTree.Node>>();

function callbackParameterOf(file: CorsFile, variable: Variable): TSESTree.Identifier | undefined {
  let parameters = callbackParametersByFile.get(file.program);
  if (!parameters) {
    parameters = originCallbackParameters(file);
    callbackParametersByFile.set(file.program, parameters);
  }
  const known = parameters;
  const name = variable.defs.find((def) => known.has(def.name))?.name;
  return name?.type === AST_NODE_TYPES.Identifier ? name : undefined;
}

/**
 * A parameter is what a helper call being evaluated bound to it; else the Origin when a call in
 * the file passes one there (`setCors(res, req.headers.origin)`); else request-like (`req`, `ctx`,
 * `c`, `event`).
 */
function parameterValue(state: State, fn: FunctionNode, binding: TSESTree.Identifier, variable: Variable): OriginValue | undefined {
  const index = parameterIndexOf(fn, binding);
  if (index < 0) return undefined;
  const param = fn.params[index]!;
  const root = param.type === AST_NODE_TYPES.TSParameterProperty ? param.parameter : param;
  if (root.type === AST_NODE_TYPES.RestElement) return undefined;
  const path = patternPath(binding, root, state.file.scopeOf);
  if (!path) return undefined;
  const key = parameterKey(fn, index);
  if (state.env.has(key)) return applyPath(state, state.env.get(key), path, binding, undefined);
  // `server.on('stream', (stream, headers) => …)` of http2: the parameter is the request's headers.
  if (http2StreamHeaderParameters(state.file).has(param)) return applyPath(state, { kind: 'headers', root: key }, path, binding, undefined);
  const passed = path.length === 0 ? passedOrigin(state, fn, index, binding, variable) : undefined;
  return passed ?? applyPath(state, { kind: 'request', root: key }, path, binding, undefined);
}

const passedByFile = new WeakMap<TSESTree.Program, Map<string, OriginValue | null>>();

/**
 * `function setCors(res, origin)` with a call `setCors(res, req.headers.origin)`: inside the helper
 * the parameter carries the Origin, and its own name re-reads it there. Its key is the parameter's,
 * since callers may pass the Origins of different requests. A parameter the helper reassigns is
 * not followed. Each parameter is decided once per file; the callers' arguments are evaluated
 * without bindings, one helper level deeper.
 */
function passedOrigin(
  state: State,
  fn: FunctionNode,
  index: number,
  binding: TSESTree.Identifier,
  variable: Variable,
): OriginValue | undefined {
  const key = parameterKey(fn, index);
  let cache = passedByFile.get(state.file.program);
  if (!cache) {
    cache = new Map();
    passedByFile.set(state.file.program, cache);
  }
  const cached = cache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return undefined;
  if (state.depth >= MAX_HELPER_DEPTH) {
    state.cuts.count++;
    return undefined;
  }
  const callers: State = { ...state, env: EMPTY_ENV, depth: state.depth + 1 };
  const cuts = state.cuts.count;
  const passes = callSitesOf(state.file, fn).calls.some((call) => {
    const argument = argumentAt(call, index);
    return argument !== undefined && evaluate(callers, argument)?.kind === 'origin';
  });
  const value: OriginValue | undefined = passes
    ? { kind: 'origin', source: { node: binding, kind: 'helper-parameter', text: binding.name, key: `parameter:${key}` } }
    : undefined;
  // A cut-off can only hide an Origin: a found one holds, a missing one is kept only when complete.
  if (passes || state.cuts.count === cuts) cache.set(key, value ?? null);
  return value;
}

interface Assignment {
  readonly value: TSESTree.Node;
  readonly path: readonly PathStep[];
  readonly binding: TSESTree.Node;
}

/**
 * A `const` is its initializer. A `let`/`var` is an Origin only when every write is one,
 * so `let o = '*'; if (ok) o = req.headers.origin` is not.
 */
function variableValue(state: State, variable: Variable): OriginValue | undefined {
  const assignments = assignmentsOf(state.file, variable);
  if (!assignments?.length) return undefined;
  const values = assignments.map(({ value, path, binding }) =>
    applyPath(state, evaluate(state, value), path, binding, value),
  );
  if (values.every((value) => value?.kind === 'origin')) return values[0];
  return assignments.length === 1 ? values[0] : undefined;
}

/** Every value a variable is given, or `undefined` when one of them cannot be seen. */
export function assignmentsOf(file: CorsFile, variable: Variable): Assignment[] | undefined {
  const assignments: Assignment[] = [];
  let constant = true;
  for (const def of variable.defs) {
    if (def.type !== 'Variable') return undefined;
    const declarator = def.node;
    const loop = declarator.parent.parent;
    if (loop?.type === AST_NODE_TYPES.ForOfStatement || loop?.type === AST_NODE_TYPES.ForInStatement) return undefined;
    if (declarator.parent.kind !== 'const') constant = false;
    if (!declarator.init) continue;
    const path = patternPath(def.name, declarator.id, file.scopeOf);
    if (!path) return undefined;
    assignments.push({ value: declarator.init, path, binding: def.name });
  }
  if (constant) return assignments;
  for (const reference of variable.references) {
    if (!reference.isWrite() || reference.init) continue;
    const identifier = reference.identifier;
    const parent = identifier.parent;
    if (parent?.type !== AST_NODE_TYPES.AssignmentExpression || parent.left !== identifier || parent.operator !== '=')
      return undefined;
    assignments.push({ value: parent.right, path: [], binding: identifier });
  }
  return assignments;
}

function applyPath(
  state: State,
  base: OriginValue | undefined,
  path: readonly PathStep[],
  readNode: TSESTree.Node,
  baseNode: TSESTree.Node | undefined,
): OriginValue | undefined {
  let value = base;
  for (const [index, step] of path.entries()) {
    const objectNode = index === 0 ? baseNode : undefined;
    value = typeof step === 'number' ? indexValue(state, value, readNode) : memberValue(state, value, step, readNode, objectNode);
    if (!value) return undefined;
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Members and calls

function evaluateMember(state: State, node: TSESTree.MemberExpression): OriginValue | undefined {
  const object = evaluate(state, node.object);
  const name = propertyNameOf(node, state.file.scopeOf);
  if (name === undefined) return node.computed ? indexValue(state, object, node) : undefined;
  if (node.computed && /^\d+$/.test(name)) return indexValue(state, object, node);
  return memberValue(state, object, name, node, node.object);
}

function memberValue(
  state: State,
  object: OriginValue | undefined,
  name: string,
  readNode: TSESTree.Node,
  objectNode: TSESTree.Node | undefined,
): OriginValue | undefined {
  const isOrigin = name.toLowerCase() === 'origin';
  if (!object) return HEADERS_MEMBERS.has(name) && objectNode ? unknownHeaders(state, objectNode) : undefined;
  switch (object.kind) {
    case 'request':
      if (HEADERS_MEMBERS.has(name)) return { kind: 'headers', root: object.root };
      if (name === 'multiValueHeaders') return { kind: 'multi-headers', root: object.root };
      // `ctx.origin` is the server's own origin in Koa 2, and `event.origin` a message event's sender.
      return isOrigin ? undefined : object;
    case 'headers':
      return isOrigin ? originRead(state, readNode, object.root) : undefined;
    case 'multi-headers':
      return isOrigin ? { kind: 'origin-list', source: readSource(state, readNode, object.root) } : undefined;
    case 'parsed-origin':
      return name === 'origin' || name === 'href' ? { kind: 'origin', source: object.source } : undefined;
    default:
      return undefined;
  }
}

/**
 * `<something>.headers` where the something is out of sight (`getRequest().headers`,
 * `socket.handshake.headers`) is taken for request headers; an object literal the file
 * builds itself (`const req = { headers: { origin: 'https://a.example' } }`) is not.
 */
function unknownHeaders(state: State, objectNode: TSESTree.Node): OriginValue | undefined {
  if (isObjectLiteral(state.file, objectNode, new Set())) return undefined;
  return { kind: 'headers', root: `text:${state.file.sourceCode.getText(objectNode)}` };
}

function isObjectLiteral(file: CorsFile, node: TSESTree.Node, seen: Set<TSESTree.Node>): boolean {
  const inner = unwrapValue(node);
  if (inner.type === AST_NODE_TYPES.ObjectExpression) return true;
  if (inner.type === AST_NODE_TYPES.MemberExpression) return isObjectLiteral(file, inner.object, seen);
  if (inner.type !== AST_NODE_TYPES.Identifier || seen.has(inner)) return false;
  seen.add(inner);
  const variable = variableOf(file.scopeOf(inner), inner);
  const assignments = variable && assignmentsOf(file, variable);
  return !!assignments?.length && assignments.every((a) => isObjectLiteral(file, a.value, seen));
}

function indexValue(state: State, object: OriginValue | undefined, readNode: TSESTree.Node): OriginValue | undefined {
  if (object?.kind !== 'origin-list') return undefined;
  return { kind: 'origin', source: { ...object.source, node: readNode, text: state.file.sourceCode.getText(readNode) } };
}

function evaluateCall(state: State, node: TSESTree.CallExpression): OriginValue | undefined {
  const callee = unwrapExpression(node.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) return evaluateMethodCall(state, node, callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    if (isGlobal(state.file, callee, 'String')) return originOnly(node.arguments[0] && evaluate(state, node.arguments[0]));
    if (nextHeadersCalls(state.file).has(node)) return { kind: 'headers', root: 'next/headers' };
  }
  const h3 = h3HeaderCalls(state.file).get(node);
  if (h3?.fn.role === 'read') return evaluateH3Read(state, node, h3);
  const fn = calledFunction(state.file, node);
  return fn ? evaluateHelperCall(state, node, fn) : undefined;
}

/** h3's `getRequestHeader(event, 'origin')` and `getRequestHeaders(event)` (the record). */
function evaluateH3Read(state: State, node: TSESTree.CallExpression, h3: H3Call): OriginValue | undefined {
  const [event, name] = node.arguments;
  if (!event) return undefined;
  const request = evaluate(state, event);
  const root = request?.kind === 'request' ? request.root : `text:${state.file.sourceCode.getText(event)}`;
  if (h3.fn.form === 'object') return { kind: 'headers', root };
  return staticString(name, state.file.scopeOf(node))?.toLowerCase() === 'origin' ? originRead(state, node, root) : undefined;
}

function evaluateMethodCall(
  state: State,
  node: TSESTree.CallExpression,
  callee: TSESTree.MemberExpression,
): OriginValue | undefined {
  const method = propertyNameOf(callee, state.file.scopeOf);
  if (!method) return undefined;
  if (method === 'parse' && callee.object.type === AST_NODE_TYPES.Identifier && isGlobal(state.file, callee.object, 'URL'))
    return parsedOrigin(state, node.arguments[0]);
  const receiver = evaluate(state, callee.object);
  if (receiver?.kind === 'origin') return STRING_PRESERVING.has(method) ? receiver : undefined;
  if (receiver?.kind === 'origin-list') return method === 'at' ? indexValue(state, receiver, node) : undefined;
  if ((method !== 'get' && method !== 'header') || (receiver?.kind !== 'headers' && receiver?.kind !== 'request'))
    return undefined;
  // Hono: `c.req.header()` without a name returns the whole record.
  if (node.arguments.length === 0)
    return method === 'header' && receiver.kind === 'request' ? { kind: 'headers', root: receiver.root } : undefined;
  const name = staticString(node.arguments[0], state.file.scopeOf(node));
  return name?.toLowerCase() === 'origin' ? originRead(state, node, receiver.root) : undefined;
}

function evaluateNew(state: State, node: TSESTree.NewExpression): OriginValue | undefined {
  if (node.callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (isGlobal(state.file, node.callee, 'URL')) return parsedOrigin(state, node.arguments[0]);
  if (isGlobal(state.file, node.callee, 'Headers') && node.arguments[0]) {
    const init = evaluate(state, node.arguments[0]);
    return init?.kind === 'headers' ? init : undefined;
  }
  return undefined;
}

function parsedOrigin(state: State, argument: TSESTree.Node | undefined): OriginValue | undefined {
  const value = argument && evaluate(state, argument);
  return value?.kind === 'origin' ? { kind: 'parsed-origin', source: value.source } : undefined;
}

function originOnly(value: OriginValue | undefined): OriginValue | undefined {
  return value?.kind === 'origin' ? value : undefined;
}

/** `getOrigin(req)`: what the helper returns, with its parameters bound to this call's arguments. */
function evaluateHelperCall(state: State, call: TSESTree.CallExpression, fn: FunctionNode): OriginValue | undefined {
  if (state.visiting.has(fn) || state.depth >= MAX_HELPER_DEPTH) {
    state.cuts.count++;
    return undefined;
  }
  const inner: State = { ...state, env: bindArguments(state, call, fn), depth: state.depth + 1 };
  state.visiting.add(fn);
  try {
    const values = returnedExpressions(state.file, fn).map((expression) => evaluate(inner, expression));
    const origin = values.find((value) => value?.kind === 'origin');
    if (origin) return origin;
    const first = values[0];
    return first && values.every((value) => value?.kind === first.kind) ? first : undefined;
  } finally {
    state.visiting.delete(fn);
  }
}

function bindArguments(state: State, call: TSESTree.CallExpression, fn: FunctionNode): OriginEnv {
  const env = new Map<string, OriginValue | undefined>();
  fn.params.forEach((_, index) => {
    const argument = call.arguments[index];
    const value = argument && argument.type !== AST_NODE_TYPES.SpreadElement ? evaluate(state, argument) : undefined;
    env.set(parameterKey(fn, index), value);
  });
  return env;
}

// ---------------------------------------------------------------------------------------------
// Globals and modules

/** A reference to the global `name` (not shadowed by a local binding). */
export function isGlobal(file: CorsFile, identifier: TSESTree.Identifier, name: string): boolean {
  if (identifier.name !== name) return false;
  const variable = variableOf(file.scopeOf(identifier), identifier);
  return !variable || variable.defs.length === 0;
}

const nextHeadersByFile = new WeakMap<TSESTree.Program, ReadonlySet<TSESTree.Node>>();

/** Calls of `headers()` from `next/headers`, whose result is the request's `Headers`. */
function nextHeadersCalls(file: CorsFile): ReadonlySet<TSESTree.Node> {
  let calls = nextHeadersByFile.get(file.program);
  if (!calls) {
    const headers = { headers: { [CALL]: true } };
    const found = moduleReferenceNodes(file, { 'next/headers': { esm: headers, cjs: headers } });
    calls = found;
    nextHeadersByFile.set(file.program, calls);
  }
  return calls;
}
