import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { unwrapValue } from '../ast/unwrap';
import { variableOf } from '../ast/variables';
import type { CorsFile } from './file-context';
import { carrierDefinitions, carrierLeaves } from './origin-sources/carriers';
import { evaluateOrigin } from './origin-sources/evaluate';
import { EMPTY_ENV, type OriginEnv } from './origin-sources/model';
import { isComparableConstant, type SameOrigin } from './guards/classify';
import { factWhen, stronger, type FactContext, type GuardFact } from './guards/facts';
import { exits } from './guards/exits';

export { classifyOriginCheck, isParsedPart, originCheckOf } from './guards/classify';
export type { CheckStrength, OriginCheck, SameOrigin } from './guards/classify';
export type { GuardFact } from './guards/facts';

/** A test that dominates a site and proves something about the origin written there. */
export interface Guard {
  /** The `if`/ternary/`&&` test, the early-exit `if`, or the `switch`. */
  readonly node: TSESTree.Node;
  readonly fact: GuardFact;
}

/**
 * Whether every Origin carrier in `value` (each branch of a fallback or ternary) is written only
 * after a check of that same origin: an enclosing `if`/ternary/`&&`, an earlier `if (!ok) return`,
 * a `switch (origin)` on constants, or a guard where a variable or helper decided the value. In a
 * helper whose parameter is the Origin because callers pass it (`setCors(res, origin)`), a guard at
 * every call that passes one counts; an exported or passed-on helper has calls out of sight, so only
 * a guard inside it does. Weak checks count here; `no-weak-origin-check` reports them.
 */
export function isOriginGuarded(file: CorsFile, value: TSESTree.Node, env: OriginEnv = EMPTY_ENV): boolean {
  return valueGuarded(file, value, env, { seen: new Set(), cuts: 0 });
}

interface GuardWalk {
  /** Leaves already followed in this walk: met again, they count as unguarded (a cut). */
  readonly seen: Set<TSESTree.Node>;
  cuts: number;
}

/** Leaves without bindings, decided once per file: helpers called from helpers share callers. */
const leavesByFile = new WeakMap<TSESTree.Program, Map<TSESTree.Node, boolean>>();

function valueGuarded(file: CorsFile, value: TSESTree.Node, env: OriginEnv, walk: GuardWalk): boolean {
  const leaves = carrierLeaves(file, value, env);
  return leaves.length > 0 && leaves.every((leaf) => leafGuarded(file, leaf, env, walk));
}

function leafCache(file: CorsFile): Map<TSESTree.Node, boolean> {
  let cache = leavesByFile.get(file.program);
  if (!cache) {
    cache = new Map();
    leavesByFile.set(file.program, cache);
  }
  return cache;
}

function leafGuarded(file: CorsFile, leaf: TSESTree.Node, env: OriginEnv, walk: GuardWalk): boolean {
  const cache = env.size === 0 ? leafCache(file) : undefined;
  const cached = cache?.get(leaf);
  if (cached !== undefined) return cached;
  const cuts = walk.cuts;
  const guarded = computeLeafGuarded(file, leaf, env, walk);
  // A cut only ever turns the answer to "unguarded": a guarded leaf holds, an unguarded one only when complete.
  if (cache && (guarded || walk.cuts === cuts)) cache.set(leaf, guarded);
  return guarded;
}

function computeLeafGuarded(file: CorsFile, leaf: TSESTree.Node, env: OriginEnv, walk: GuardWalk): boolean {
  if (dominatingGuard(file, leaf, sameValuePredicate(file, leaf, env))) return true;
  if (walk.seen.has(leaf)) {
    walk.cuts++;
    return false;
  }
  walk.seen.add(leaf);
  // `const o = ok ? origin : undefined`, `function pick() { if (!ok) return; return origin }`,
  // `if (allowed.has(o)) setCors(res, o)` for the parameter of `setCors`.
  const definitions = carrierDefinitions(file, leaf, env)?.filter((d) => carrierLeaves(file, d.value, d.env).length > 0);
  return !!definitions?.length && definitions.every((d) => valueGuarded(file, d.value, d.env, walk));
}

/**
 * Whether an expression is the value `leaf` holds: the same variable, or an Origin read of the
 * same request (`origin` from `const origin = req.headers.origin` and `req.get('origin')`).
 */
export function sameValuePredicate(file: CorsFile, leaf: TSESTree.Node, env: OriginEnv = EMPTY_ENV): SameOrigin {
  const target = unwrapValue(leaf);
  const variable = target.type === AST_NODE_TYPES.Identifier ? variableOf(file.scopeOf(target), target) : undefined;
  const value = evaluateOrigin(file, target, env);
  const key = value?.kind === 'origin' ? value.source.key : undefined;
  return (node) => {
    const inner = unwrapValue(node);
    if (variable && inner.type === AST_NODE_TYPES.Identifier && variableOf(file.scopeOf(inner), inner) === variable) return true;
    if (!key) return false;
    const other = evaluateOrigin(file, inner, env);
    return other?.kind === 'origin' && other.source.key === key;
  };
}

/** The nearest test that every path to `site` passes, and what it proves about the origin. */
export function dominatingGuard(file: CorsFile, site: TSESTree.Node, same: SameOrigin): Guard | undefined {
  const context: FactContext = { file, same, seen: new Set(), dominating: (f, s, p) => dominatingGuard(f, s, p)?.fact };
  let child: TSESTree.Node = site;
  for (let parent = site.parent; parent; child = parent, parent = parent.parent) {
    const guard = guardAt(context, parent, child);
    if (guard) return guard;
  }
  return undefined;
}

/** A guard that `parent` places on its `child`. */
function guardAt(context: FactContext, parent: TSESTree.Node, child: TSESTree.Node): Guard | undefined {
  const branch = (test: TSESTree.Node, outcome: boolean) => found(test, factWhen(context, test, outcome));
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      if (child === parent.consequent) return branch(parent.test, true);
      if (child === parent.alternate) return branch(parent.test, false);
      return undefined;
    case AST_NODE_TYPES.LogicalExpression:
      if (child !== parent.right) return undefined;
      if (parent.operator === '&&') return branch(parent.left, true);
      if (parent.operator === '||') return branch(parent.left, false);
      return undefined;
    case AST_NODE_TYPES.SwitchCase:
      return child === parent.test ? undefined : (switchGuard(context, parent) ?? earlyExitGuard(context, parent.consequent, child));
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.StaticBlock:
    case AST_NODE_TYPES.Program:
      return earlyExitGuard(context, parent.body, child);
    default:
      return undefined;
  }
}

function found(node: TSESTree.Node, fact: GuardFact | undefined): Guard | undefined {
  return fact ? { node, fact } : undefined;
}

/** `if (!allowed.has(origin)) return;` (or `throw`, `return next()`) before the site in the same list. */
function earlyExitGuard(
  context: FactContext,
  statements: readonly TSESTree.Node[],
  child: TSESTree.Node,
): Guard | undefined {
  let best: Guard | undefined;
  for (const { statement, passed } of earlyExits(statements)) {
    if (statement.range[0] >= child.range[0]) break;
    const fact = factWhen(context, statement.test, passed);
    if (fact && stronger(fact, best?.fact) === fact) best = { node: statement, fact };
  }
  return best;
}

interface EarlyExit {
  readonly statement: TSESTree.IfStatement;
  /** The test outcome of the path that goes on past the `if`. */
  readonly passed: boolean;
}

const earlyExitsByList = new WeakMap<readonly TSESTree.Node[], readonly EarlyExit[]>();

/** The `if`s of a statement list with exactly one branch that leaves it, found once per list. */
function earlyExits(statements: readonly TSESTree.Node[]): readonly EarlyExit[] {
  let found = earlyExitsByList.get(statements);
  if (!found) {
    const list: EarlyExit[] = [];
    for (const statement of statements) {
      if (statement.type !== AST_NODE_TYPES.IfStatement) continue;
      const thenExits = exits(statement.consequent);
      const elseExits = statement.alternate ? exits(statement.alternate) : false;
      if (thenExits !== elseExits) list.push({ statement, passed: !thenExits });
    }
    found = list;
    earlyExitsByList.set(statements, found);
  }
  return found;
}

/** `switch (origin) { case 'https://a.example': ... }`: every case that can reach the site names a constant. */
function switchGuard(context: FactContext, switchCase: TSESTree.SwitchCase): Guard | undefined {
  const statement = switchCase.parent;
  if (statement.type !== AST_NODE_TYPES.SwitchStatement || !context.same(statement.discriminant)) return undefined;
  const cases = statement.cases;
  let first = cases.indexOf(switchCase);
  while (first > 0 && !cases[first - 1]!.consequent.some(exits)) first--;
  const reaching = cases.slice(first, cases.indexOf(switchCase) + 1);
  const allConstant = reaching.every((c) => c.test && isComparableConstant(context.file, c.test));
  return allConstant ? { node: statement, fact: 'exact' } : undefined;
}
