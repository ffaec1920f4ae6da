import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { FunctionNode } from '../../ast/functions';
import { staticValueOf } from '../../ast/static-values';
import { unwrapExpression, unwrapValue } from '../../ast/unwrap';
import { variableOf } from '../../ast/variables';
import type { CorsFile } from '../file-context';
import { assignmentsOf, evaluateOrigin, isGlobal, parameterKey } from '../origin-sources/evaluate';
import { calledFunction, returnStatements } from '../origin-sources/functions';
import type { OriginEnv, OriginValue } from '../origin-sources/model';
import { importedFunction } from '../modules/imported-function';
import { originCheckOf, type SameOrigin } from './classify';

/**
 * What a test's outcome proves about the origin, weakest first:
 * `opaque` — it went through a check we cannot see (an imported `isAllowedOrigin(o)`);
 * `weak` / `exact` — a check of that strength passed;
 * `absent` — the origin is missing, so writing it sends nothing.
 */
export type GuardFact = 'opaque' | 'weak' | 'exact' | 'absent';

const RANK: Readonly<Record<GuardFact, number>> = { opaque: 1, weak: 2, exact: 3, absent: 4 };

/** Both facts hold: keep the stronger. */
export function stronger(a: GuardFact | undefined, b: GuardFact | undefined): GuardFact | undefined {
  if (!a) return b;
  if (!b) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

/** One of the facts holds: only what both guarantee. */
function weaker(a: GuardFact | undefined, b: GuardFact | undefined): GuardFact | undefined {
  if (!a || !b) return undefined;
  return RANK[a] <= RANK[b] ? a : b;
}

export interface FactContext {
  readonly file: CorsFile;
  readonly same: SameOrigin;
  /** Identifiers and predicates being followed, against cycles. */
  readonly seen: Set<TSESTree.Node>;
  /** Finds the guard that dominates a node; injected to keep this module free of the walk. */
  readonly dominating: (file: CorsFile, site: TSESTree.Node, same: SameOrigin) => GuardFact | undefined;
}

/** What `test` evaluating to `outcome` proves about the origin. */
export function factWhen(context: FactContext, test: TSESTree.Node, outcome: boolean): GuardFact | undefined {
  const node = unwrapValue(test);
  const fact = (inner: TSESTree.Node, value: boolean) => factWhen(context, inner, value);
  switch (node.type) {
    case AST_NODE_TYPES.UnaryExpression:
      if (node.operator === '!') return fact(node.argument, !outcome);
      break;
    case AST_NODE_TYPES.LogicalExpression:
      if (node.operator === '&&')
        return outcome
          ? stronger(fact(node.left, true), fact(node.right, true))
          : weaker(fact(node.left, false), stronger(fact(node.left, true), fact(node.right, false)));
      if (node.operator === '||')
        return outcome
          ? weaker(fact(node.left, true), stronger(fact(node.left, false), fact(node.right, true)))
          : stronger(fact(node.left, false), fact(node.right, false));
      return undefined;
    case AST_NODE_TYPES.BinaryExpression: {
      const folded = booleanComparison(context.file, node);
      if (folded) return fact(folded.operand, folded.same ? outcome : !outcome);
      break;
    }
    case AST_NODE_TYPES.AssignmentExpression:
      return node.operator === '=' ? fact(node.right, outcome) : undefined;
    default:
      break;
  }

  const presence = presenceTest(context, node);
  if (presence !== undefined) return presence === outcome ? undefined : 'absent';
  const check = originCheckOf(context.file, node, context.same);
  if (check) return check.passesWhen === outcome ? check.strength : undefined;
  if (node.type === AST_NODE_TYPES.CallExpression) return outcome ? callFact(context, node) : undefined;
  if (node.type === AST_NODE_TYPES.Identifier) return aliasFact(context, node, outcome);
  return undefined;
}

/** `x === true`, `x !== false`: the boolean operand, and whether the comparison keeps its sense. */
function booleanComparison(
  file: CorsFile,
  node: TSESTree.BinaryExpression,
): { operand: TSESTree.Node; same: boolean } | undefined {
  if (!['===', '==', '!==', '!='].includes(node.operator) || node.left.type === AST_NODE_TYPES.PrivateIdentifier)
    return undefined;
  const negated = node.operator.startsWith('!');
  for (const [operand, other] of [
    [node.left, node.right],
    [node.right, node.left],
  ] as const) {
    const value = staticValueOf(other, file.scopeOf)?.value;
    if (typeof value === 'boolean') return { operand, same: value !== negated };
  }
  return undefined;
}

/**
 * `true` when the test is true exactly when the origin is present (`origin`, `origin !== undefined`,
 * `typeof origin === 'string'`), `false` when it is true exactly when it is missing.
 */
function presenceTest(context: FactContext, node: TSESTree.Node): boolean | undefined {
  if (context.same(node)) return true;
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrapExpression(node.callee);
    if (callee.type === AST_NODE_TYPES.Identifier && isGlobal(context.file, callee, 'Boolean') && node.arguments[0])
      return context.same(node.arguments[0]) ? true : undefined;
    return undefined;
  }
  if (node.type !== AST_NODE_TYPES.BinaryExpression || node.left.type === AST_NODE_TYPES.PrivateIdentifier) return undefined;
  const negated = node.operator === '!==' || node.operator === '!=';
  if (!negated && node.operator !== '===' && node.operator !== '==') return undefined;
  for (const [subject, other] of [
    [node.left, node.right],
    [node.right, node.left],
  ] as const) {
    const inner = unwrapValue(subject);
    const value = staticValueOf(other, context.file.scopeOf);
    const otherIsUndefined = unwrapValue(other).type === AST_NODE_TYPES.Identifier && (unwrapValue(other) as TSESTree.Identifier).name === 'undefined';
    if (context.same(inner) && (otherIsUndefined || (value && (value.value === null || value.value === undefined))))
      return negated;
    if (inner.type === AST_NODE_TYPES.UnaryExpression && inner.operator === 'typeof' && context.same(inner.argument)) {
      if (value?.value === 'string') return !negated;
      if (value?.value === 'undefined') return negated;
    }
  }
  return undefined;
}

/**
 * Aliases of a test followed on one path (`const ok2 = ok1`); past this many the test is a check
 * the analysis cannot see into: the site counts as checked, and nothing is reported on a guess.
 */
export const MAX_GUARD_ALIAS_DEPTH = 64;

/** `const ok = allowed.has(origin); if (ok) ...`: the test is the alias's initializer. */
function aliasFact(context: FactContext, node: TSESTree.Identifier, outcome: boolean): GuardFact | undefined {
  const variable = variableOf(context.file.scopeOf(node), node);
  const assignments = variable && assignmentsOf(context.file, variable);
  if (assignments?.length !== 1 || assignments[0]!.path.length > 0) return undefined;
  const init = assignments[0]!.value;
  if (context.seen.has(init)) return undefined;
  if (context.seen.size >= MAX_GUARD_ALIAS_DEPTH) return 'opaque';
  context.seen.add(init);
  try {
    return factWhen(context, init, outcome);
  } finally {
    context.seen.delete(init);
  }
}

/**
 * A call that takes the origin: a same-file predicate, or one imported from a module of the project
 * (`isAllowedOrigin(origin)` from `./utils/origin`), is as strong as what it returns; a call we
 * cannot see into (a package's, or beyond the module depth) is an opaque check.
 */
function callFact(context: FactContext, call: TSESTree.CallExpression): GuardFact | undefined {
  const index = call.arguments.findIndex((argument) => context.same(argument));
  if (index < 0) return undefined;
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && context.same(callee.object)) return undefined;
  const fn = calledFunction(context.file, call);
  if (fn) return predicateFact(context, fn, index);
  // A predicate of another module of the project is judged there, as a same-file one is.
  const imported = importedFunction(context.file, call);
  return imported ? predicateFact({ ...context, file: imported.file }, imported.fn, index) : 'opaque';
}

const predicateCache = new WeakMap<TSESTree.Program, Map<string, GuardFact | null>>();

/**
 * What `fn(origin)` returning truthy proves, when its parameter `index` is the origin: every truthy
 * return must be a check of it (`return ALLOWED.has(o)`), or a `return true` under a check.
 */
function predicateFact(context: FactContext, fn: FunctionNode, index: number): GuardFact | undefined {
  const key = parameterKey(fn, index);
  let cache = predicateCache.get(context.file.program);
  if (!cache) {
    cache = new Map();
    predicateCache.set(context.file.program, cache);
  }
  if (cache.has(key)) return cache.get(key) ?? undefined;
  // A recursive predicate sees itself as no check while its answer is being worked out.
  cache.set(key, null);
  const fact = computePredicateFact(context, fn, index);
  cache.set(key, fact ?? null);
  return fact;
}

function computePredicateFact(context: FactContext, fn: FunctionNode, index: number): GuardFact | undefined {
  const param = fn.params[index];
  if (!param || param.type !== AST_NODE_TYPES.Identifier) return undefined;
  const file = context.file;
  // Inside the predicate, the origin is the parameter and anything derived from it.
  const key = parameterKey(fn, index);
  const marker: OriginValue = { kind: 'origin', source: { node: param, kind: 'header-read', text: param.name, key: `predicate:${key}` } };
  const env: OriginEnv = new Map([[key, marker]]);
  const same: SameOrigin = (node) => evaluateOrigin(file, node, env)?.kind === 'origin';
  const inner: FactContext = { ...context, same };

  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return factWhen(inner, fn.body, true);
  let result: GuardFact | undefined = 'absent';
  let truthyReturns = 0;
  for (const statement of returnStatements(file, fn)) {
    const argument = statement.argument;
    const known = argument ? staticValueOf(argument, file.scopeOf) : { value: undefined };
    if (known && !known.value) continue;
    truthyReturns++;
    const guarded = context.dominating(file, statement, same);
    const fact = known ? guarded : stronger(guarded, factWhen(inner, argument!, true));
    if (!fact) return undefined;
    result = weaker(result, fact);
  }
  return truthyReturns > 0 ? result : undefined;
}
