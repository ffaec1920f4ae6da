import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { enclosingFunction } from '../../ast/functions';
import { calledMethodName, calledReceiver, propertyName, staticString } from '../../ast/static-values';
import type { CorsFile } from '../file-context';
import type { CheckUnit } from './check-units';
import type { Intent } from './intent';
import type { LibraryEntry } from './library-entries';
import { judgeRegex, regexIntent } from './regex-judge';
import type { RegexRunner } from './regex-runner';
import { regexShape } from './regex-shape';
import type { StaticRegex } from './regex-source';
import { subjectOf } from './subject';
import type { SubjectForm } from './subject-form';
import { judgeExactCheck, judgeNeedleCheck, judgeReversedContainment } from './value-predicates';
import type { Weakness } from './weakness';

/** A weak check: what gets through, who was meant to, and which way round the check reads. */
export interface Verdict {
  readonly weakness: Weakness;
  readonly intent: Intent;
  /** True when the checked node is true for rejected origins (`origin.indexOf(x) === -1`). */
  readonly negated: boolean;
  /** The regex analysed, for regex-based checks. */
  readonly regex?: StaticRegex;
}

export function judgeUnit(file: CorsFile, unit: CheckUnit, runner: RegexRunner): Verdict | undefined {
  const { form } = unit.subject;
  const schemeChecked = form !== 'origin' && protocolChecked(file, unit.node);
  switch (unit.type) {
    case 'needle': {
      const verdict = judgeNeedleCheck(unit.check, form, schemeChecked || (form === 'origin' && originSchemeChecked(file, unit.node)));
      return verdict && { ...verdict };
    }
    case 'regex':
      return judgeStaticRegex(unit.regex, form, runner, unit.negated, schemeChecked);
    case 'exact': {
      const verdict = judgeExactCheck(unit.values, form, schemeChecked);
      return verdict && { ...verdict, negated: unit.negated };
    }
    case 'reversed':
      return judgeReversedContainment(unit.haystack, unit.description, form, unit.test);
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
): Verdict | undefined {
  const shape = regexShape(regex.source, regex.flags);
  if (!shape) return undefined;
  const weakness = judgeRegex(shape, form, runner);
  if (!weakness || (weakness.schemeOnly && schemeChecked)) return undefined;
  const compiled = regex.written === 'string' ? `the string \`${regex.source}\` is compiled into a regex, and ` : '';
  return { weakness: { ...weakness, reason: compiled + weakness.reason }, intent: regexIntent(shape), negated, regex };
}

/**
 * Whether the function holding a hostname check also checks the scheme: `u.protocol === 'https:'`
 * or `origin.startsWith('https://')`.
 */
function protocolChecked(file: CorsFile, node: TSESTree.Node): boolean {
  const fn = enclosingFunction(node);
  const inFunction = (other: TSESTree.Node) => enclosingFunction(other) === fn;
  const protocolComparison = file.nodes.binaryChecks.some(
    (binary) =>
      inFunction(binary) &&
      [binary.left, binary.right].some((side) => side.type === AST_NODE_TYPES.MemberExpression && propertyName(side) === 'protocol') &&
      [binary.left, binary.right].some((side) => staticString(side)?.startsWith('https')),
  );
  return protocolComparison || originSchemeChecked(file, node);
}

/** `origin.startsWith('https://')` in the same function. */
function originSchemeChecked(file: CorsFile, node: TSESTree.Node): boolean {
  const fn = enclosingFunction(node);
  return file.nodes.calls.some((call) => {
    if (enclosingFunction(call) !== fn || calledMethodName(call) !== 'startsWith') return false;
    const receiver = calledReceiver(call);
    const prefix = staticString(call.arguments[0]);
    return !!receiver && prefix === 'https://' && subjectOf(file, receiver)?.form === 'origin';
  });
}
