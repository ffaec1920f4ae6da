import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { isFunctionNode } from '../../ast/functions';
import { methodNameOf, staticValue, staticValueOf } from '../../ast/static-values';
import { unwrapExpression, unwrapValue } from '../../ast/unwrap';
import { variableOf } from '../../ast/variables';
import type { CorsFile } from '../file-context';
import { assignmentsOf } from '../origin-sources/evaluate';
import { originSourceOf } from '../origin-sources';
import { isStringReceiver } from './receiver-kind';
import { parsedUrlArgument } from './url-parsers';

/** `exact`: membership or equality. `weak`: substring, prefix, suffix, regex or parsed-host checks. */
export type CheckStrength = 'exact' | 'weak';

/** Whether an expression is the origin value a check is about. */
export type SameOrigin = (node: TSESTree.Node) => boolean;

export interface OriginCheck {
  readonly strength: CheckStrength;
  /** The outcome of the test that means "the origin passed": `false` for `list.indexOf(o) === -1`. */
  readonly passesWhen: boolean;
  /** The expression the check is about (origin, or the parsed part of it). */
  readonly subject: TSESTree.Node;
}

/** Methods on the origin string whose truthy result is a weak match. */
const WEAK_ORIGIN_METHODS: ReadonlySet<string> = new Set(['endsWith', 'startsWith', 'includes', 'match', 'matchAll']);
/** Methods taking the origin as their argument whose truthy result is a regex match. */
const REGEX_METHODS: ReadonlySet<string> = new Set(['test', 'exec']);
/** Array methods whose callback decides a match: `list.some((o) => o === origin)`. */
const CALLBACK_METHODS: ReadonlySet<string> = new Set(['some', 'find']);
/** Index-returning methods: compared with `-1` or `0`. */
const INDEX_METHODS: ReadonlySet<string> = new Set(['indexOf', 'lastIndexOf', 'search', 'findIndex']);
/** Parts of a parsed URL; checking one ignores the rest of the origin. */
const URL_PARTS: ReadonlySet<string> = new Set(['hostname', 'host', 'protocol', 'port']);

/**
 * How strong a single check of the origin is, or `undefined` when `test` is not one.
 * Exact: `set.has(o)`, `list.includes(o)` on an array, `list.indexOf(o) !== -1`,
 * `list.some((x) => x === o)`, `o === 'https://x'`, `ALLOWED[o]`, `o in ALLOWED`.
 * Weak: `o.endsWith(..)`, `o.startsWith(..)`, `o.includes(..)`, `o.indexOf(..)`, `o.match(..)`,
 * `o.search(..)`, `re.test(o)`, `includes`/`indexOf` on a string allowlist (reversed containment),
 * and comparisons of `new URL(o).hostname` or `url.parse(o).hostname`.
 */
export function classifyOriginCheck(
  file: CorsFile,
  test: TSESTree.Node,
  isSameOrigin: SameOrigin,
): CheckStrength | undefined {
  return originCheckOf(file, test, isSameOrigin)?.strength;
}

/** {@link classifyOriginCheck} with the test's polarity and subject. */
export function originCheckOf(file: CorsFile, test: TSESTree.Node, same: SameOrigin): OriginCheck | undefined {
  const node = unwrapValue(test);
  switch (node.type) {
    case AST_NODE_TYPES.CallExpression:
      return callCheck(file, node, same);
    case AST_NODE_TYPES.BinaryExpression:
      return binaryCheck(file, node, same);
    case AST_NODE_TYPES.UnaryExpression: {
      // `~list.indexOf(o)` is truthy when found.
      const index = node.operator === '~' ? indexCheck(file, node.argument, same) : undefined;
      return index && { ...index, passesWhen: true };
    }
    case AST_NODE_TYPES.MemberExpression:
      // `ALLOWED[origin]` looks the origin up in a map of allowed origins.
      return node.computed && same(node.property) ? { strength: 'exact', passesWhen: true, subject: node.property } : undefined;
    default:
      return undefined;
  }
}

function callCheck(file: CorsFile, call: TSESTree.CallExpression, same: SameOrigin): OriginCheck | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = methodNameOf(call, file.scopeOf);
  if (!method) return undefined;
  const receiver = callee.object;
  const argument = call.arguments[0];
  const passes = (strength: CheckStrength, subject: TSESTree.Node): OriginCheck => ({ strength, passesWhen: true, subject });

  if (argument && same(argument)) {
    if (method === 'has') return passes('exact', argument);
    if (method === 'includes') return passes(isStringReceiver(file, receiver) ? 'weak' : 'exact', argument);
    if (REGEX_METHODS.has(method)) return passes('weak', argument);
  }
  if (argument && isParsedPart(file, argument, same) && (method === 'has' || method === 'includes' || REGEX_METHODS.has(method)))
    return passes('weak', argument);
  if ((same(receiver) || isParsedPart(file, receiver, same)) && WEAK_ORIGIN_METHODS.has(method))
    return passes('weak', receiver);
  if (CALLBACK_METHODS.has(method) && argument) {
    const strength = callbackCheck(file, argument, same);
    return strength && passes(strength, argument);
  }
  return undefined;
}

/** `(x) => x === origin` or `(re) => re.test(origin)` as the callback of `some`/`find`/`findIndex`. */
function callbackCheck(file: CorsFile, callback: TSESTree.Node, same: SameOrigin): CheckStrength | undefined {
  const fn = unwrapExpression(callback);
  if (!isFunctionNode(fn)) return undefined;
  let body: TSESTree.Node | undefined = fn.body;
  if (body.type === AST_NODE_TYPES.BlockStatement) {
    const only = body.body.length === 1 ? body.body[0] : undefined;
    body = only?.type === AST_NODE_TYPES.ReturnStatement ? (only.argument ?? undefined) : undefined;
  }
  if (!body) return undefined;
  const check = originCheckOf(file, body, same);
  return check?.passesWhen ? check.strength : undefined;
}

/** `list.indexOf(o)`, `o.indexOf(s)`, `o.search(s)`, `list.findIndex(cb)`: the strength if found. */
function indexCheck(file: CorsFile, node: TSESTree.Node, same: SameOrigin): OriginCheck | undefined {
  const call = unwrapValue(node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = unwrapExpression(call.callee);
  const method = methodNameOf(call, file.scopeOf);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !method || !INDEX_METHODS.has(method)) return undefined;
  const argument = call.arguments[0];
  if (method === 'findIndex') {
    const strength = argument && callbackCheck(file, argument, same);
    return strength && { strength, passesWhen: true, subject: argument };
  }
  if (argument && same(argument) && method !== 'search')
    return { strength: isStringReceiver(file, callee.object) ? 'weak' : 'exact', passesWhen: true, subject: argument };
  if (same(callee.object) || isParsedPart(file, callee.object, same))
    return { strength: 'weak', passesWhen: true, subject: callee.object };
  return undefined;
}

const EQUALITY = new Set(['===', '==', '!==', '!=']);
/** `index <op> n` when the index is on the left; mirrored operators when it is on the right. */
const MIRRORED: Readonly<Record<string, string>> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };

function binaryCheck(file: CorsFile, node: TSESTree.BinaryExpression, same: SameOrigin): OriginCheck | undefined {
  if (node.left.type === AST_NODE_TYPES.PrivateIdentifier) return undefined;
  const { left, right, operator } = node;
  if (operator === 'in') return same(left) ? { strength: 'exact', passesWhen: true, subject: left } : undefined;

  const leftIndex = indexCheck(file, left, same);
  const rightIndex = leftIndex ? undefined : indexCheck(file, right, same);
  if (leftIndex || rightIndex) {
    const index = (leftIndex ?? rightIndex)!;
    const bound = staticValue(leftIndex ? right : left, file.scopeOf(node))?.value;
    const relation = leftIndex ? operator : (MIRRORED[operator] ?? operator);
    const found = typeof bound === 'number' ? foundWhen(relation, bound) : undefined;
    return found === undefined ? undefined : { ...index, passesWhen: found };
  }

  if (!EQUALITY.has(operator)) return undefined;
  const passesWhen = operator === '===' || operator === '==';
  for (const [mine, other] of [
    [left, right],
    [right, left],
  ] as const) {
    if (same(mine) && isComparableConstant(file, other)) return { strength: 'exact', passesWhen, subject: mine };
    if (isParsedPart(file, mine, same) && isComparableConstant(file, other)) return { strength: 'weak', passesWhen, subject: mine };
  }
  return undefined;
}

/**
 * For `index <relation> bound`: `true` when the comparison holds exactly when the item is found
 * at all (`!== -1`, `> -1`, `>= 0`) or at the start (`=== 0`, a prefix check), `false` when it
 * holds exactly when it is missing (`=== -1`, `< 0`).
 */
function foundWhen(relation: string, bound: number): boolean | undefined {
  if (bound === -1) {
    if (relation === '!==' || relation === '!=' || relation === '>') return true;
    if (relation === '===' || relation === '==' || relation === '<=') return false;
  }
  if (bound === 0) {
    if (relation === '>=' || relation === '===' || relation === '==') return true;
    if (relation === '<' || relation === '!==' || relation === '!=') return false;
  }
  return undefined;
}

/** The other side of `origin === x`: a configured value, not `undefined`/`null`/`''`, `typeof`, or another origin. */
export function isComparableConstant(file: CorsFile, node: TSESTree.Node): boolean {
  const inner = unwrapValue(node);
  if (inner.type === AST_NODE_TYPES.UnaryExpression) return false;
  if (inner.type === AST_NODE_TYPES.Identifier && inner.name === 'undefined') return false;
  const known = staticValueOf(inner, file.scopeOf);
  if (known) return typeof known.value === 'string' && known.value !== '';
  return originSourceOf(file, inner) === undefined;
}

/** `new URL(o).hostname`, `url.parse(o).host`, or a const holding one. */
export function isParsedPart(file: CorsFile, node: TSESTree.Node, same: SameOrigin, seen = new Set<TSESTree.Node>()): boolean {
  const inner = unwrapValue(node);
  if (seen.has(inner)) return false;
  seen.add(inner);
  if (inner.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(file.scopeOf(inner), inner);
    const assignments = variable && assignmentsOf(file, variable);
    if (assignments?.length !== 1) return false;
    const [only] = assignments;
    // `const { hostname } = new URL(origin)`
    if (only!.path.length === 1 && URL_PARTS.has(String(only!.path[0]))) return isParsedUrl(file, only!.value, same, seen);
    return only!.path.length === 0 && isParsedPart(file, only!.value, same, seen);
  }
  if (inner.type !== AST_NODE_TYPES.MemberExpression || inner.computed || inner.property.type !== AST_NODE_TYPES.Identifier)
    return false;
  return URL_PARTS.has(inner.property.name) && isParsedUrl(file, inner.object, same, seen);
}

/** `new URL(o)`, `URL.parse(o)`, the legacy `url.parse(o)`, or a const holding one. */
function isParsedUrl(file: CorsFile, node: TSESTree.Node, same: SameOrigin, seen: Set<TSESTree.Node>): boolean {
  const inner = unwrapValue(node);
  const parsed = parsedUrlArgument(file, inner);
  if (parsed) return same(parsed);
  if (inner.type !== AST_NODE_TYPES.Identifier || seen.has(inner)) return false;
  seen.add(inner);
  const variable = variableOf(file.scopeOf(inner), inner);
  const assignments = variable && assignmentsOf(file, variable);
  return assignments?.length === 1 && assignments[0]!.path.length === 0 && isParsedUrl(file, assignments[0]!.value, same, seen);
}
