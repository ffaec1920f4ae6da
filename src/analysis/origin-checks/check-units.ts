import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { calledMethodName, calledReceiver, methodNameOf, staticValue, staticValueOf } from '../../ast/static-values';
import { unwrapValue } from '../../ast/unwrap';
import { variableOf } from '../../ast/variables';
import { callsOfMethods } from '../call-index';
import type { CorsFile } from '../file-context';
import { allowlistValueOf, literalArgument } from './allowlist-values';
import { compiledStringRegex, staticRegexOf, type StaticRegex } from './regex-source';
import { subjectOf, type Subject } from './subject';
import type { NeedleCheck, NeedleMethod } from './value-predicates';

/**
 * One origin check, as small as it can be cut out of its surroundings: the unit a report points
 * at and the codemod replaces (`origin.endsWith('x')`, `origin.indexOf('x') !== -1`, `re.test(o)`).
 */
export type CheckUnit = NeedleUnit | RegexUnit | ExactUnit | ReversedUnit;

interface UnitBase {
  readonly node: TSESTree.Node;
  readonly subject: Subject;
}

/** `origin.endsWith('example.com')`, `allowed.some((d) => origin.endsWith(d))`. */
export interface NeedleUnit extends UnitBase {
  readonly type: 'needle';
  readonly check: NeedleCheck;
}

/** `re.test(origin)`, `origin.match(re)`, `origin.search('example.com') !== -1`. */
export interface RegexUnit extends UnitBase {
  readonly type: 'regex';
  readonly regex: StaticRegex;
  /** True when the unit is true for rejected origins (`origin.match(re) === null`). */
  readonly negated: boolean;
  /** `re.exec(origin)` / `origin.match(re)` used as is: the value is a match array, not a boolean. */
  readonly yieldsMatch: boolean;
}

/** `origin === 'http://example.com'`, `['example.com'].includes(url.parse(origin).hostname)`. */
export interface ExactUnit extends UnitBase {
  readonly type: 'exact';
  readonly values: readonly string[];
  readonly negated: boolean;
}

/** `'https://a.example,https://b.example'.includes(origin)`. */
export interface ReversedUnit extends UnitBase {
  readonly type: 'reversed';
  readonly haystack: string | undefined;
  readonly haystackNode: TSESTree.Node;
  readonly description: string;
  readonly test: (haystack: string, value: string) => boolean;
}

const NEEDLE_METHODS: Readonly<Record<NeedleMethod, (value: string, needle: string) => number | boolean>> = {
  endsWith: (v, n) => v.endsWith(n),
  startsWith: (v, n) => v.startsWith(n),
  includes: (v, n) => v.includes(n),
  indexOf: (v, n) => v.indexOf(n),
  lastIndexOf: (v, n) => v.lastIndexOf(n),
};

const INDEX_METHODS: ReadonlySet<string> = new Set(['indexOf', 'lastIndexOf', 'search']);

/**
 * Array methods whose callback checks each listed entry and whose result is the verdict:
 * `allowed.some((d) => origin.endsWith(d))` (`find` and `filter` return entries, not a verdict).
 */
const LIST_PREDICATES: ReadonlySet<string> = new Set(['some']);

/** Every origin check in the file that compares the request origin with something static. */
export function findCheckUnits(file: CorsFile): CheckUnit[] {
  const units: CheckUnit[] = [];
  for (const call of callsOfMethods(file, isCheckMethod, true)) {
    const unit = callUnit(file, call);
    if (unit) units.push(unit);
  }
  for (const binary of file.nodes.binaryChecks) {
    const unit = equalityUnit(file, binary);
    if (unit) units.push(unit);
  }
  return units.sort((a, b) => a.node.range[0] - b.node.range[0]);
}

const REGEX_METHODS: ReadonlySet<string> = new Set(['test', 'exec', 'match', 'search']);

/** The methods `callUnit` reads a check from; the rest of a file's calls are never looked at. */
function isCheckMethod(method: string): boolean {
  return method in NEEDLE_METHODS || method === 'has' || REGEX_METHODS.has(method);
}

function callUnit(file: CorsFile, call: TSESTree.CallExpression): CheckUnit | undefined {
  const method = methodNameOf(call, file.scopeOf);
  const receiver = calledReceiver(call);
  const argument = call.arguments[0];
  if (!method || !receiver || !argument || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  if (method in NEEDLE_METHODS) return needleUnit(file, call, method as NeedleMethod, receiver, argument) ?? containmentUnit(file, call, method, receiver, argument);
  if (method === 'has') return containmentUnit(file, call, method, receiver, argument);
  if (method === 'test' || method === 'exec') {
    const regex = staticRegexOf(file, receiver);
    const subject = regex && subjectOf(file, argument);
    return subject && { type: 'regex', node: outer(call), subject, regex, negated: false, yieldsMatch: method === 'exec' };
  }
  if (method === 'match' || method === 'search') {
    const subject = subjectOf(file, receiver);
    const regex = subject && (staticRegexOf(file, argument) ?? compiledStringRegex(file, argument));
    if (!subject || !regex) return undefined;
    const compared = method === 'search' ? numericComparison(file, call) : nullComparison(call);
    if (method === 'search' && !compared) return undefined;
    if (!compared) return { type: 'regex', node: outer(call), subject, regex, negated: false, yieldsMatch: method === 'match' };
    // A search result of 0 means "found at the start", -1 "not found".
    const negated = method === 'search' ? !compared.test(0) : !compared.test(1);
    return { type: 'regex', node: compared.node, subject, regex, negated, yieldsMatch: false };
  }
  return undefined;
}

/** `origin.endsWith('x')`, or the same inside `list.some((x) => origin.endsWith(x))`. */
function needleUnit(
  file: CorsFile,
  call: TSESTree.CallExpression,
  method: NeedleMethod,
  receiver: TSESTree.Node,
  argument: TSESTree.Node,
): NeedleUnit | undefined {
  const subject = subjectOf(file, receiver);
  if (!subject) return undefined;
  const listed = listedNeedles(file, call, argument);
  const needles = listed?.needles ?? [literalArgument(file, argument)].filter((n): n is string => n !== undefined);
  if (needles.length === 0) return undefined;
  const evaluate = NEEDLE_METHODS[method];
  const comparison = INDEX_METHODS.has(method) ? numericComparison(file, call) : undefined;
  if (INDEX_METHODS.has(method) && !comparison) return undefined;
  const test = (value: string, needle: string): boolean => {
    const result = evaluate(value, needle);
    return typeof result === 'number' ? comparison!.test(result) : result;
  };
  const node = listed?.unit ?? comparison?.node ?? outer(call);
  return { type: 'needle', node, subject, check: { method, needles, test } };
}

/**
 * `allowed.some((domain) => origin.endsWith(domain))` over a static list: the needles are the
 * entries and the unit is the whole `some(...)` call.
 */
function listedNeedles(file: CorsFile, check: TSESTree.CallExpression, argument: TSESTree.Node) {
  if (argument.type !== AST_NODE_TYPES.Identifier) return undefined;
  const definition = variableOf(file.scopeOf(argument), argument)?.defs[0];
  if (definition?.type !== 'Parameter') return undefined;
  const predicate = definition.node;
  if (predicate.type !== AST_NODE_TYPES.ArrowFunctionExpression || predicate.params[0] !== definition.name) return undefined;
  if (unwrapValue(predicate.body) !== check) return undefined;
  const list = predicate.parent;
  if (list.type !== AST_NODE_TYPES.CallExpression || list.arguments[0] !== predicate) return undefined;
  const method = calledMethodName(list);
  const entries = staticValue(calledReceiver(list), file.scopeOf(list))?.value;
  if (!method || !LIST_PREDICATES.has(method) || !Array.isArray(entries) || !entries.every((e) => typeof e === 'string')) return undefined;
  return { needles: entries as string[], unit: outer(list) };
}

/** `allowed.includes(origin)`, `allowed.indexOf(origin) !== -1`, `allowedSet.has(origin)`. */
function containmentUnit(
  file: CorsFile,
  call: TSESTree.CallExpression,
  method: string,
  receiver: TSESTree.Node,
  argument: TSESTree.Node,
): CheckUnit | undefined {
  if (method !== 'includes' && method !== 'indexOf' && method !== 'has') return undefined;
  const subject = subjectOf(file, argument);
  if (!subject) return undefined;
  const comparison = method === 'indexOf' ? numericComparison(file, call) : undefined;
  if (method === 'indexOf' && !comparison) return undefined;
  const node = comparison?.node ?? outer(call);
  const allowlist = allowlistValueOf(file, receiver);
  if (allowlist.kind === 'list') {
    const negated = comparison ? !comparison.test(0) : false;
    return { type: 'exact', node, subject, values: allowlist.values, negated };
  }
  if (allowlist.kind !== 'string' || method === 'has') return undefined;
  const test = (haystack: string, value: string) =>
    comparison ? comparison.test(haystack.indexOf(value)) : haystack.includes(value);
  return { type: 'reversed', node, subject, haystack: allowlist.value, haystackNode: receiver, description: allowlist.description, test };
}

/** `origin === 'http://example.com'`, `new URL(origin).hostname !== 'example.com'`. */
function equalityUnit(file: CorsFile, binary: TSESTree.BinaryExpression): ExactUnit | undefined {
  if (binary.left.type === AST_NODE_TYPES.PrivateIdentifier) return undefined;
  for (const [side, other] of [
    [binary.left, binary.right],
    [binary.right, binary.left],
  ] as const) {
    const value = literalArgument(file, other);
    const subject = value === undefined ? undefined : subjectOf(file, side);
    if (subject && value !== undefined)
      return { type: 'exact', node: binary, subject, values: [value], negated: binary.operator.startsWith('!') };
  }
  return undefined;
}

interface Comparison {
  readonly node: TSESTree.BinaryExpression;
  readonly test: (result: number) => boolean;
}

const NUMERIC_OPERATORS: Readonly<Record<string, (a: number, b: number) => boolean>> = {
  '===': (a, b) => a === b,
  '==': (a, b) => a === b,
  '!==': (a, b) => a !== b,
  '!=': (a, b) => a !== b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>': (a, b) => a > b,
  '>=': (a, b) => a >= b,
};

/** `x.indexOf(n) !== -1`, `-1 < x.search(re)`: the comparison an index result is used in. */
function numericComparison(file: CorsFile, call: TSESTree.CallExpression): Comparison | undefined {
  const node = outer(call);
  const parent = node.parent;
  if (parent?.type !== AST_NODE_TYPES.BinaryExpression) return undefined;
  const compare = NUMERIC_OPERATORS[parent.operator];
  const callOnLeft = parent.left === node;
  const other = callOnLeft ? parent.right : parent.left;
  const bound = staticValueOf(other, file.scopeOf)?.value;
  if (!compare || typeof bound !== 'number') return undefined;
  return { node: parent, test: (result) => (callOnLeft ? compare(result, bound) : compare(bound, result)) };
}

/** `origin.match(re) !== null`: `test(1)` tells whether a match counts as true. */
function nullComparison(call: TSESTree.CallExpression): Comparison | undefined {
  const node = outer(call);
  const parent = node.parent;
  if (parent?.type !== AST_NODE_TYPES.BinaryExpression || !/^[!=]==?$/.test(parent.operator)) return undefined;
  const other = parent.left === node ? parent.right : parent.left;
  if (other.type !== AST_NODE_TYPES.Literal || other.value !== null) return undefined;
  const equalsNull = parent.operator.startsWith('=');
  return { node: parent, test: (matched) => (matched ? !equalsNull : equalsNull) };
}

/** The node standing for a call in its parent: `origin?.endsWith(x)` is wrapped in a ChainExpression. */
function outer(node: TSESTree.Node): TSESTree.Node {
  return node.parent?.type === AST_NODE_TYPES.ChainExpression ? node.parent : node;
}
