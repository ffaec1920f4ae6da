import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { alwaysExits } from '../../ast/branches';
import { enclosingFunction, isFunctionNode, type FunctionNode } from '../../ast/functions';
import { calledMethodName } from '../../ast/static-values';
import { variableOf } from '../../ast/variables';
import { collectedWithin } from '../collect';
import type { CorsFile } from '../file-context';
import { ALLOW_ORIGIN } from '../header-names';
import { findHeaderWrites } from '../header-writes';
import { resolveFunction } from '../library-configs/callback-function';
import { findCorsConfigs } from '../library-configs/find-configs';
import { originCallbackParameters } from '../origin-callbacks';
import { callSitesOf } from '../origin-sources/call-sites';

/** Where an origin decision shows: Allow-Origin writes and the answers of CORS origin callbacks. */
interface AnswerSites {
  /** Where Allow-Origin writes start, sorted, to find the writes inside a region quickly. */
  readonly writeStarts: readonly number[];
  /** The values Allow-Origin writes write. */
  readonly writtenValues: ReadonlySet<TSESTree.Node>;
  /** Functions a CORS library calls with the request origin. */
  readonly callbacks: ReadonlySet<FunctionNode>;
  /** The same callbacks by where they start. */
  readonly callbacksByStart: ReadonlyMap<number, readonly FunctionNode[]>;
}

const sitesByFile = new WeakMap<TSESTree.Program, AnswerSites>();

function answerSites(file: CorsFile): AnswerSites {
  let sites = sitesByFile.get(file.program);
  if (sites) return sites;
  const writes = findHeaderWrites(file).filter((w) => w.name === ALLOW_ORIGIN);
  const writeStarts = writes.map((w) => w.node.range[0]).sort((a, b) => a - b);
  const writtenValues = new Set(writes.flatMap((w) => (w.value ? [w.value] : [])));
  const callbacks = new Set<FunctionNode>();
  for (const parameter of originCallbackParameters(file)) {
    const owner = parameter.parent.type === AST_NODE_TYPES.AssignmentPattern ? parameter.parent.parent : parameter.parent;
    if (owner && isFunctionNode(owner)) callbacks.add(owner);
  }
  // Callbacks that get a context instead of the origin (`@koa/cors` `(ctx) => ...`) answer too.
  for (const config of findCorsConfigs(file)) {
    if (!config.table.origin.callback) continue;
    for (const option of config.originOptions) {
      const fn = resolveFunction(file, option.value);
      if (fn) callbacks.add(fn);
    }
  }
  const callbacksByStart = new Map<number, FunctionNode[]>();
  for (const fn of callbacks) {
    const starting = callbacksByStart.get(fn.range[0]);
    if (starting) starting.push(fn);
    else callbacksByStart.set(fn.range[0], [fn]);
  }
  sites = { writeStarts, writtenValues, callbacks, callbacksByStart };
  sitesByFile.set(file.program, sites);
  return sites;
}

/** Array methods whose callback's result decides the call's result: `allowed.some((d) => ...)`. */
const PREDICATE_METHODS: ReadonlySet<string> = new Set(['some', 'every', 'find', 'findIndex', 'filter']);

/** How far a check's value is followed through variables and helper calls. */
const MAX_FLOW_DEPTH = 4;

/**
 * Whether a check decides if the origin is allowed: it guards an Allow-Origin write (`if`, `?:`,
 * `&&`, an early return before it), is part of the written value, or is the answer of a CORS origin
 * callback (`cb(null, check)`, `return check`), directly or through a variable or a same-file helper.
 */
export function decidesOrigin(file: CorsFile, check: TSESTree.Node): boolean {
  return flowsIntoDecision(file, check, 0, new Set());
}

function flowsIntoDecision(file: CorsFile, node: TSESTree.Node, depth: number, seen: Set<TSESTree.Node>): boolean {
  if (depth > MAX_FLOW_DEPTH || seen.has(node)) return false;
  seen.add(node);
  const sites = answerSites(file);
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    // Climbing from inside a written value reaches the value node itself.
    if (sites.writtenValues.has(child)) return true;
    switch (parent.type) {
      case AST_NODE_TYPES.UnaryExpression:
        if (parent.operator !== '!') return false;
        continue;
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.AwaitExpression:
        continue;
      case AST_NODE_TYPES.BinaryExpression:
        // `check === true`, `check !== false`.
        if (!/^[!=]==?$/.test(parent.operator)) return false;
        continue;
      case AST_NODE_TYPES.LogicalExpression:
        if (parent.left === child && regionDecides(file, [parent.right])) return true;
        continue;
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test === child && regionDecides(file, [parent.consequent, parent.alternate])) return true;
        continue;
      case AST_NODE_TYPES.IfStatement:
        return parent.test === child && regionDecides(file, ifRegion(parent));
      case AST_NODE_TYPES.VariableDeclarator:
        return parent.init === child && parent.id.type === AST_NODE_TYPES.Identifier && readsDecide(file, parent.id, depth, seen);
      case AST_NODE_TYPES.ReturnStatement:
        return functionAnswerDecides(file, enclosingFunction(parent), depth, seen);
      case AST_NODE_TYPES.ArrowFunctionExpression:
        return parent.body === child && functionAnswerDecides(file, parent, depth, seen);
      case AST_NODE_TYPES.CallExpression:
        return parent.arguments.includes(child as TSESTree.CallExpressionArgument) && isCallbackAnswer(file, parent);
      default:
        return false;
    }
  }
  return false;
}

/** What an `if` decides about: both arms, and what follows it when an arm leaves the function. */
function ifRegion(statement: TSESTree.IfStatement): TSESTree.Node[] {
  const region: TSESTree.Node[] = [statement.consequent];
  if (statement.alternate) region.push(statement.alternate);
  const list = statement.parent;
  if ((alwaysExits(statement.consequent) || alwaysExits(statement.alternate)) && 'body' in list && Array.isArray(list.body)) {
    const following = (list.body as TSESTree.Node[]).slice((list.body as TSESTree.Node[]).indexOf(statement) + 1);
    region.push(...following);
  }
  return region;
}

/** Whether an Allow-Origin write or a callback answer lies in the region. */
function regionDecides(file: CorsFile, region: readonly TSESTree.Node[]): boolean {
  const sites = answerSites(file);
  if (region.some((r) => startsWithin(sites.writeStarts, r))) return true;
  if (sites.callbacks.size === 0) return false;
  for (const fn of new Set(region.flatMap((r) => callbacksAround(sites, r)))) {
    if (region.some((r) => collectedWithin(file.nodes.returns, r).some((s) => enclosingFunction(s) === fn))) return true;
    if (region.some((r) => collectedWithin(file.nodes.calls, r).some((c) => isCallbackAnswer(file, c)))) return true;
  }
  return false;
}

/**
 * The callbacks a node lies within (`isWithin(node, fn)`): the node itself and its ancestors, and a
 * callback spanning exactly the node's text (`cb => ...` as a whole statement). Found by walking up
 * rather than by testing every callback of the file at every check.
 */
function callbacksAround(sites: AnswerSites, node: TSESTree.Node): FunctionNode[] {
  const around: FunctionNode[] = [];
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent)
    if (isFunctionNode(current) && sites.callbacks.has(current)) around.push(current);
  for (const fn of sites.callbacksByStart.get(node.range[0]) ?? []) if (fn.range[1] === node.range[1]) around.push(fn);
  return around;
}

/** Whether one of the sorted offsets lies inside the node (binary search). */
function startsWithin(starts: readonly number[], node: TSESTree.Node): boolean {
  const [from, to] = node.range;
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (starts[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low < starts.length && starts[low]! < to;
}

/** `cb(null, allowed)`: a call of the node-style callback an origin callback receives. */
function isCallbackAnswer(file: CorsFile, call: TSESTree.CallExpression): boolean {
  if (call.callee.type !== AST_NODE_TYPES.Identifier) return false;
  const definition = variableOf(file.scopeOf(call), call.callee)?.defs[0];
  return definition?.type === 'Parameter' && answerSites(file).callbacks.has(definition.node as FunctionNode);
}

function readsDecide(file: CorsFile, id: TSESTree.Identifier, depth: number, seen: Set<TSESTree.Node>): boolean {
  const variable = variableOf(file.scopeOf(id), id);
  if (!variable) return false;
  return variable.references.some((r) => r.isRead() && flowsIntoDecision(file, r.identifier as TSESTree.Node, depth + 1, seen));
}

/**
 * A value returned by `fn` decides when `fn` is a CORS origin callback, when it is the predicate
 * of `list.some(...)` whose result decides, or when it is a helper whose calls decide.
 */
function functionAnswerDecides(file: CorsFile, fn: FunctionNode | TSESTree.Program, depth: number, seen: Set<TSESTree.Node>): boolean {
  if (fn.type === AST_NODE_TYPES.Program) return false;
  if (answerSites(file).callbacks.has(fn)) return true;
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === fn) {
    const method = calledMethodName(parent);
    if (method && PREDICATE_METHODS.has(method)) return flowsIntoDecision(file, parent, depth + 1, seen);
  }
  return callSitesOf(file, fn).calls.some((call) => flowsIntoDecision(file, call, depth + 1, seen));
}
