import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { calledMethodName, calledReceiver, staticString } from '../../ast/static-values';
import { constInitializer, variableOf } from '../../ast/const-initializer';
import { enclosingFunction, isFunctionNode } from '../../ast/functions';
import { unwrapExpression } from '../../ast/unwrap';
import { callsOfMethods } from '../call-index';
import type { CorsFile } from '../file-context';
import { ALLOW_ORIGIN } from '../header-names';
import { originSourceOf } from '../origin-sources';
import { invalidOriginReason } from '../origin-syntax';
import type { ResponseIndex } from './responses';

type Variable = TSESLint.Scope.Variable;

/** An array literal (or the array a `Set` is built from) that an origin is looked up in exactly. */
export interface ExactAllowlist {
  readonly array: TSESTree.ArrayExpression;
  /** The lookup: `list.includes(origin)`, `set.has(origin)`, `list.indexOf(origin)`. */
  readonly check: TSESTree.CallExpression;
  /** The value looked up. */
  readonly checked: TSESTree.Node;
}

/** Exact lookups, and whether they need a `Set` (`has`) or an array receiver. */
const LOOKUPS: Readonly<Record<string, 'set' | 'array'>> = { has: 'set', includes: 'array', indexOf: 'array', lastIndexOf: 'array' };

/**
 * Arrays and Sets used as exact origin allowlists: looked up with the request origin, or, while the
 * lookup's argument is not known to be one, holding serialized origins in a file that writes
 * Access-Control-Allow-Origin (and not in a `message` event handler, whose `origin` is not CORS).
 */
export function exactAllowlists(file: CorsFile, index: ResponseIndex): ExactAllowlist[] {
  const writesAllowOrigin = index.writes.some((write) => write.name === ALLOW_ORIGIN);
  const lists = new Map<TSESTree.ArrayExpression, ExactAllowlist>();
  const literals: ListCache = new Map();
  for (const call of callsOfMethods(file, (method) => !!LOOKUPS[method])) {
    const kind = LOOKUPS[calledMethodName(call) ?? ''];
    const receiver = calledReceiver(call);
    const checked = call.arguments[0];
    if (!kind || !receiver || !checked) continue;
    const list = listLiteral(file, receiver, 0, literals);
    if (!list || list.kind !== kind || lists.has(list.array)) continue;
    const isOriginLookup =
      originSourceOf(file, checked) !== undefined ||
      (writesAllowOrigin && holdsOrigins(file, list.array) && !inMessageHandler(file, call));
    if (isOriginLookup) lists.set(list.array, { array: list.array, check: call, checked });
  }
  return [...lists.values()];
}

export type ListLiteral = { array: TSESTree.ArrayExpression; kind: 'set' | 'array' };

/** The array literal a value is (directly, through `const`s, or as the source of a `new Set`). */
export function listLiteralOf(file: CorsFile, node: TSESTree.Node): ListLiteral | undefined {
  return listLiteral(file, node, 0, new Map());
}

/** Whether a lookup method needs a `Set` or an array receiver (`has`, `includes`, `indexOf`). */
export function lookupKind(method: string | undefined): 'set' | 'array' | undefined {
  return method ? LOOKUPS[method] : undefined;
}

/** Lists already resolved per variable: one allowlist is typically looked up in every handler. */
type ListCache = Map<unknown, ListLiteral | undefined>;

function listLiteral(file: CorsFile, node: TSESTree.Node, depth: number, cache: ListCache): ListLiteral | undefined {
  const value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.ArrayExpression) return { array: value, kind: 'array' };
  if (depth > 3) return undefined;
  if (value.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(value, file.scopeOf(value));
    if (!variable) return undefined;
    if (!cache.has(variable)) {
      const init = constInitializer(value, file.scopeOf(value));
      cache.set(variable, init ? listLiteral(file, init, depth + 1, cache) : undefined);
    }
    return cache.get(variable);
  }
  if (value.type === AST_NODE_TYPES.NewExpression && isGlobalSet(file, value.callee) && value.arguments[0]) {
    const source = listLiteral(file, value.arguments[0], depth + 1, cache);
    return source?.kind === 'array' ? { array: source.array, kind: 'set' } : undefined;
  }
  return undefined;
}

function isGlobalSet(file: CorsFile, callee: TSESTree.Node): boolean {
  if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== 'Set') return false;
  return (variableOf(callee, file.scopeOf(callee))?.defs.length ?? 0) === 0;
}

/** At least one element is a serialized origin (`https://app.example.com`). */
function holdsOrigins(file: CorsFile, array: TSESTree.ArrayExpression): boolean {
  return array.elements.some((element) => {
    const text = element ? staticString(element, file.scopeOf(element)) : undefined;
    return text !== undefined && text.includes('://') && invalidOriginReason(text) === undefined;
  });
}

/** Inside `addEventListener('message', fn)` or `onmessage = fn`: `event.origin` is postMessage's. */
function inMessageHandler(file: CorsFile, node: TSESTree.Node): boolean {
  for (let fn = enclosingFunction(node); isFunctionNode(fn); fn = enclosingFunction(fn)) {
    const parent = fn.parent;
    if (parent.type === AST_NODE_TYPES.CallExpression && calledMethodName(parent) === 'addEventListener') {
      if (staticString(parent.arguments[0], file.scopeOf(parent)) === 'message') return true;
    }
    if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left.type === AST_NODE_TYPES.MemberExpression) {
      if (file.sourceCode.getText(parent.left.property) === 'onmessage') return true;
    }
  }
  return false;
}

/**
 * Whether an expression is the request origin: the origin sources say so, or it is the same variable
 * as an exact allowlist lookup's argument or an Allow-Origin value.
 */
export function isRequestOrigin(file: CorsFile, node: TSESTree.Node, index: ResponseIndex, lists: readonly ExactAllowlist[]): boolean {
  if (originSourceOf(file, node)) return true;
  const value = unwrapExpression(node);
  if (value.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = variableOf(value, file.scopeOf(value));
  return !!variable && originVariables(file, index, lists).has(variable);
}

const originVariablesByLists = new WeakMap<readonly ExactAllowlist[], { index: ResponseIndex; variables: ReadonlySet<Variable> }>();

/**
 * The variables looked up in an exact allowlist or written as Allow-Origin, gathered once for all
 * comparisons of the file rather than once per comparison.
 */
function originVariables(file: CorsFile, index: ResponseIndex, lists: readonly ExactAllowlist[]): ReadonlySet<Variable> {
  const known = originVariablesByLists.get(lists);
  if (known?.index === index) return known.variables;
  const candidates = [
    ...lists.map((list) => list.checked),
    ...index.writes.filter((write) => write.name === ALLOW_ORIGIN && write.value).map((write) => write.value!),
  ];
  const variables = new Set<Variable>();
  for (const candidate of candidates) {
    const other = unwrapExpression(candidate);
    const variable = other.type === AST_NODE_TYPES.Identifier ? variableOf(other, file.scopeOf(other)) : undefined;
    if (variable) variables.add(variable);
  }
  originVariablesByLists.set(lists, { index, variables });
  return variables;
}
