import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { Finding } from '../model/finding';
import type { CorsFile } from './file-context';
import { findCheckUnits, type CheckUnit } from './origin-checks/check-units';
import { decidesOrigin } from './origin-checks/decision';
import { entryFinding, unitFinding } from './origin-checks/findings';
import { judgeEntry, judgeUnit, unitTruth, type Verdict } from './origin-checks/judge';
import { findLibraryEntries } from './origin-checks/library-entries';
import { RegexRunner } from './origin-checks/regex-runner';

/**
 * Weak origin checks (no-weak-origin-check): checks of the request origin that decide whether it is
 * allowed, and that an origin the attacker controls passes. Each finding names one such origin,
 * verified against the check itself (the string method evaluated, the pattern run safely).
 */
export function analyzeOriginChecks(file: CorsFile): Finding[] {
  const runner = new RegexRunner();
  const findings: Finding[] = [];
  const reported = new Set<string>();
  const units = findCheckUnits(file);
  for (const unit of units) {
    if (reported.has(nodeKey(unit.node)) || !decidesOrigin(file, unit.node)) continue;
    const verdict = judgeInCondition(file, unit, units, runner);
    if (!verdict) continue;
    const key = sharedCauseKey(unit, verdict);
    if (key && reported.has(key)) continue;
    if (key) reported.add(key);
    reported.add(nodeKey(unit.node));
    // Rewriting one comparison of a condition that shares the flaw would leave the others weak.
    const root = conditionRoot(unit.node);
    const alone = !key || !unitsWithin(units, root).some((other) => other !== unit);
    findings.push(unitFinding(file, unit, verdict, alone));
  }
  for (const entry of findLibraryEntries(file)) {
    if (reported.has(nodeKey(entry.node))) continue;
    const verdict = judgeEntry(entry, runner);
    if (!verdict) continue;
    reported.add(nodeKey(entry.node));
    findings.push(entryFinding(file, entry, verdict));
  }
  return findings;
}

/**
 * Judges a check together with the other checks of the same origin it is `&&`-ed with: the
 * attacker origin must pass them all. A check that is true for rejected origins
 * (`indexOf(x) === -1 && ...`) is judged alone.
 */
function judgeInCondition(file: CorsFile, unit: CheckUnit, units: readonly CheckUnit[], runner: RegexRunner): Verdict | undefined {
  const alone = judgeUnit(file, unit, runner);
  if (!alone || alone.negated) return alone;
  const root = conjunctionRoot(unit.node);
  const others = unitsWithin(units, root).filter(
    (other) =>
      other !== unit &&
      !isInside(unit.node, other.node) &&
      !isInside(other.node, unit.node) &&
      conjunctionRoot(other.node) === root &&
      other.subject.source.key === unit.subject.source.key,
  );
  if (others.length === 0) return alone;
  const truths = others.map((other) => unitTruth(other, runner));
  return judgeUnit(file, unit, runner, (origin) => truths.every((truth) => truth(origin)));
}

/** The top of the `&&` chain a check is an operand of (the check itself when there is none). */
function conjunctionRoot(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent?.type === AST_NODE_TYPES.LogicalExpression && current.parent.operator === '&&') current = current.parent;
  return current;
}

/**
 * The units inside `outer`, in order. Units are sorted by start, so they are one run from the first
 * that starts inside it: looking only there keeps a file full of checks from comparing every pair.
 */
function unitsWithin(units: readonly CheckUnit[], outer: TSESTree.Node): CheckUnit[] {
  let low = 0;
  let high = units.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (units[middle]!.node.range[0] < outer.range[0]) low = middle + 1;
    else high = middle;
  }
  const inside: CheckUnit[] = [];
  for (let i = low; i < units.length && units[i]!.node.range[0] <= outer.range[1]; i++)
    if (isInside(units[i]!.node, outer)) inside.push(units[i]!);
  return inside;
}

function isInside(inner: TSESTree.Node, outer: TSESTree.Node): boolean {
  return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
}

function nodeKey(node: TSESTree.Node): string {
  return `${node.range[0]}:${node.range[1]}`;
}

/**
 * `hostname === 'a.com' || hostname.endsWith('.a.com')` without a protocol check is one missing
 * scheme check, and two `url.parse()` comparisons are one parser problem: one report per condition.
 */
function sharedCauseKey(unit: CheckUnit, verdict: Verdict): string | undefined {
  const cause = verdict.weakness.schemeOnly ? 'scheme' : verdict.weakness.kind === 'parser-confusion' ? 'parser' : undefined;
  return cause && `${cause}@${nodeKey(conditionRoot(unit.node))}`;
}

/** The whole condition a check is part of: up through `!`, `&&`, `||` and `??`. */
function conditionRoot(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.LogicalExpression ||
      (current.parent.type === AST_NODE_TYPES.UnaryExpression && current.parent.operator === '!'))
  )
    current = current.parent;
  return current;
}
