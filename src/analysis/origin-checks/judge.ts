import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { enclosingFunction } from '../../ast/functions';
import { calledReceiver, propertyName, staticString } from '../../ast/static-values';
import { variableOf } from '../../ast/variables';
import { callsOfMethods } from '../call-index';
import type { CorsFile } from '../file-context';
import type { CheckUnit } from './check-units';
import type { Intent } from './intent';
import type { LibraryEntry } from './library-entries';
import { judgeRegex, regexIntent } from './regex-judge';
import type { RegexRunner } from './regex-runner';
import { regexShape } from './regex-shape';
import type { StaticRegex } from './regex-source';
import { subjectOf } from './subject';
import { subjectValue, type SubjectForm } from './subject-form';
import { judgeExactCheck, judgeNeedleCheck, judgeReversedContainment } from './value-predicates';
import { ANY_ORIGIN, type Constraint, type Weakness } from './weakness';

/** A weak check: what gets through, who was meant to, and which way round the check reads. */
export interface Verdict {
  readonly weakness: Weakness;
  readonly intent: Intent;
  /** True when the checked node is true for rejected origins (`origin.indexOf(x) === -1`). */
  readonly negated: boolean;
  /** The regex analysed, for regex-based checks. */
  readonly regex?: StaticRegex;
}

/**
 * Judges one check. `constraint` holds the other checks of its `&&` condition: an attacker origin
 * must pass them too (`origin.startsWith('https://') && origin.endsWith('.example.com')` is fine).
 */
export function judgeUnit(file: CorsFile, unit: CheckUnit, runner: RegexRunner, constraint: Constraint = ANY_ORIGIN): Verdict | undefined {
  const { form } = unit.subject;
  const schemeChecked = form !== 'origin' && protocolChecked(file, unit.node);
  switch (unit.type) {
    case 'needle':
      return judgeNeedleCheck(unit.check, form, schemeChecked || (form === 'origin' && protocolChecked(file, unit.node)), constraint);
    case 'regex':
      return judgeStaticRegex(unit.regex, form, runner, unit.negated, schemeChecked, constraint);
    case 'exact': {
      const verdict = judgeExactCheck(unit.values, form, schemeChecked, constraint);
      return verdict && { ...verdict, negated: unit.negated };
    }
    case 'reversed':
      return judgeReversedContainment(unit.haystack, unit.description, form, unit.test, constraint);
  }
}

/**
 * What a check evaluates to for an origin, as written (before any `!` around it). A pattern that
 * cannot be run safely counts as rejecting, so a condition is never reported on a guess.
 */
export function unitTruth(unit: CheckUnit, runner: RegexRunner): Constraint {
  const value = (origin: string) => subjectValue(unit.subject.form, origin);
  switch (unit.type) {
    case 'needle':
      return (origin) => {
        const v = value(origin);
        return v !== undefined && unit.check.needles.some((needle) => unit.check.test(v, needle));
      };
    case 'regex': {
      const shape = regexShape(unit.regex.source, unit.regex.flags);
      return (origin) => {
        const v = value(origin);
        const matched = shape && v !== undefined ? runner.matches(shape, v) : undefined;
        return matched === undefined ? false : matched !== unit.negated;
      };
    }
    case 'exact':
      return (origin) => {
        const v = value(origin);
        return v !== undefined && unit.values.includes(v) !== unit.negated;
      };
    case 'reversed':
      return (origin) => {
        const v = value(origin);
        return v !== undefined && unit.haystack !== undefined && unit.test(unit.haystack, v);
      };
  }
}

export function judgeEntry(entry: LibraryEntry, runner: RegexRunner): Verdict | undefined {
  switch (entry.type) {
    case 'regex':
      return judgeStaticRegex(entry.regex, 'origin', runner, false, false);
    case 'glob': {
      const verdict = judgeStaticRegex(entry.regex, 'origin', runner, false, false);
      return (
        verdict && {
          ...verdict,
          weakness: {
            ...verdict.weakness,
            reason: `${entry.config.library} turns \`${entry.glob}\` into \`/${entry.regex.source}/\`, and ${verdict.weakness.reason}`,
          },
        }
      );
    }
    case 'string': {
      const values = entry.hostOnly ? [`https://${entry.value}`, `http://${entry.value}`] : [entry.value];
      const verdict = judgeExactCheck(values, 'origin', false);
      if (!verdict) return undefined;
      const reason = entry.hostOnly
        ? `${entry.config.library} compares \`${entry.value}\` with the host only, so any scheme passes`
        : verdict.weakness.reason;
      return { ...verdict, weakness: { ...verdict.weakness, reason }, negated: false };
    }
  }
}

function judgeStaticRegex(
  regex: StaticRegex,
  form: SubjectForm,
  runner: RegexRunner,
  negated: boolean,
  schemeChecked: boolean,
  constraint: Constraint = ANY_ORIGIN,
): Verdict | undefined {
  const shape = regexShape(regex.source, regex.flags);
  if (!shape) return undefined;
  const weakness = judgeRegex(shape, form, runner, constraint);
  if (!weakness || (weakness.schemeOnly && schemeChecked)) return undefined;
  const compiled = regex.written === 'string' ? `the string \`${regex.source}\` is compiled into a regex, and ` : '';
  return { weakness: { ...weakness, reason: compiled + weakness.reason }, intent: regexIntent(shape), negated, regex };
}

const schemeCheckersByFile = new WeakMap<TSESTree.Program, ReadonlySet<TSESTree.Node>>();

/**
 * Functions (or the program) that check the scheme somewhere: `u.protocol === 'https:'` or
 * `origin.startsWith('https://')`. Found once per file.
 */
function schemeCheckers(file: CorsFile): ReadonlySet<TSESTree.Node> {
  let found = schemeCheckersByFile.get(file.program);
  if (found) return found;
  const functions = new Set<TSESTree.Node>();
  for (const binary of file.nodes.binaryChecks) {
    const sides = [binary.left, binary.right];
    const protocol = sides.some((side) => isProtocolValue(file, side));
    if (protocol && sides.some((side) => staticString(side)?.startsWith('https'))) functions.add(enclosingFunction(binary));
  }
  for (const call of callsOfMethods(file, (method) => method === 'startsWith')) {
    if (staticString(call.arguments[0]) !== 'https://') continue;
    const receiver = calledReceiver(call);
    if (receiver && subjectOf(file, receiver)?.form === 'origin') functions.add(enclosingFunction(call));
  }
  found = functions;
  schemeCheckersByFile.set(file.program, found);
  return found;
}

/** `url.protocol`, or a `protocol` destructured from a parsed URL (`const { protocol } = new URL(origin)`). */
function isProtocolValue(file: CorsFile, side: TSESTree.Node): boolean {
  if (side.type === AST_NODE_TYPES.MemberExpression) return propertyName(side) === 'protocol';
  if (side.type !== AST_NODE_TYPES.Identifier) return false;
  const binding = variableOf(file.scopeOf(side), side)?.defs[0]?.name;
  const property = binding?.parent;
  return property?.type === AST_NODE_TYPES.Property && property.parent.type === AST_NODE_TYPES.ObjectPattern && propertyName(property) === 'protocol';
}

/** Whether the function holding a check also checks the scheme. */
function protocolChecked(file: CorsFile, node: TSESTree.Node): boolean {
  return schemeCheckers(file).has(enclosingFunction(node));
}
