import { attackerCandidates, truncatedCandidates, type AttackerCandidate } from './attacker-origins';
import { exactIntent, intendedOrigins, type Intent } from './intent';
import { memoByKey } from './memo';
import { isLegacyForm, subjectValue, type SubjectForm } from './subject-form';
import { ANY_ORIGIN, firstAcceptedAttack, type AllowedHosts, type Constraint, type Weakness } from './weakness';

/**
 * A check that evaluates to true for the origins it lets through, evaluated on the value the
 * server sees (the origin, or its parsed hostname). Building it from the real string methods means a
 * reported attacker origin is one the check really accepts.
 */
export interface ValuePredicate {
  readonly form: SubjectForm;
  readonly accepts: (value: string) => boolean;
  /** Hosts the check names, and whether it means their subdomains too. */
  readonly allowed: AllowedHosts;
  /** A protocol check guards the same decision, so plain HTTP is not a finding. */
  readonly schemeChecked: boolean;
}

export function judgePredicate(
  predicate: ValuePredicate,
  extraCandidates: readonly AttackerCandidate[] = [],
  scheme: 'https' | 'http' = 'https',
  constraint: Constraint = ANY_ORIGIN,
) {
  const candidates = [...extraCandidates, ...attackerCandidates(predicate.allowed.hosts, scheme)].filter(
    (c) => !(predicate.schemeChecked && c.kind === 'plain-http'),
  );
  return firstAcceptedAttack(
    candidates,
    (origin) => {
      const value = subjectValue(predicate.form, origin);
      return value !== undefined && predicate.accepts(value);
    },
    predicate.allowed,
    constraint,
  );
}

// --- `origin.endsWith('example.com')` and friends -------------------------------------------

export type NeedleMethod = 'endsWith' | 'startsWith' | 'includes' | 'indexOf' | 'lastIndexOf';

export interface NeedleCheck {
  readonly method: NeedleMethod;
  /** The literal(s) searched for; several when the check runs over a list (`list.some(...)`). */
  readonly needles: readonly string[];
  /** The unit's own test, e.g. `(v) => v.indexOf(n) !== -1`; true means "allowed" unless `negated`. */
  readonly test: (value: string, needle: string) => boolean;
}

/** The host a needle names: `https://example.com` → `example.com`, `.example.com` → `example.com`. */
export function needleHost(needle: string): string | undefined {
  const host = needle
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[/:].*$/, '')
    .replace(/^\.+|\.+$/g, '')
    .toLowerCase();
  return /^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/.test(host) ? host : undefined;
}

/** A value the check's author certainly meant to allow, for reading the check's polarity. */
function intendedSample(needle: string, form: SubjectForm): string | undefined {
  // `startsWith('https://')` names a scheme only: any host under it was meant.
  if (isSchemeOnly(needle)) return form === 'origin' ? `${needle}example.com` : undefined;
  const host = needleHost(needle);
  if (!host) return undefined;
  const origin = needle.includes('://') ? needle.replace(/\/+$/, '') : `https://${needle.startsWith('.') ? 'app' : ''}${needle}`;
  return subjectValue(form, origin);
}

function isSchemeOnly(needle: string): boolean {
  return /^https?:\/\/$/i.test(needle);
}

export interface NeedleVerdict {
  readonly weakness: Weakness;
  /** True when the unit is true for rejected origins (`origin.indexOf(x) === -1`). */
  readonly negated: boolean;
  readonly intent: Intent;
}

export function judgeNeedleCheck(
  check: NeedleCheck,
  form: SubjectForm,
  schemeChecked: boolean,
  constraint: Constraint = ANY_ORIGIN,
): NeedleVerdict | undefined {
  // `endsWith`/`startsWith`/`includes` test with the method itself (index methods add a comparison),
  // so alone such a check is judged by its method and needles, once for every copy of it.
  if (constraint === ANY_ORIGIN && BOOLEAN_NEEDLE_METHODS.has(check.method))
    return needleVerdicts(JSON.stringify([check.method, check.needles, form, schemeChecked]), () => judgeNeedles(check, form, schemeChecked, constraint));
  return judgeNeedles(check, form, schemeChecked, constraint);
}

const BOOLEAN_NEEDLE_METHODS: ReadonlySet<NeedleMethod> = new Set(['endsWith', 'startsWith', 'includes']);

const needleVerdicts = memoByKey<NeedleVerdict | undefined>();

function judgeNeedles(check: NeedleCheck, form: SubjectForm, schemeChecked: boolean, constraint: Constraint): NeedleVerdict | undefined {
  const [first] = check.needles;
  if (first === undefined) return undefined;
  const sample = intendedSample(first, form);
  if (sample === undefined) return undefined;
  // `origin.indexOf(x) === -1` is true for origins that are turned away: what it lets through is the rest.
  const negated = !check.test(sample, first);
  const accepts = (value: string) => check.needles.some((needle) => check.test(value, needle) !== negated);
  const hosts = check.needles.flatMap((needle) => {
    const host = needleHost(needle);
    if (!host) return [];
    return needle.startsWith('.') ? [host, `app.${host}`] : [host];
  });
  const subdomains = check.method === 'endsWith' && check.needles.every((n) => n.startsWith('.'));
  const scheme = check.needles.every((n) => n.startsWith('http://')) ? 'http' : 'https';
  const attack = judgePredicate({ form, accepts, allowed: { hosts, subdomains }, schemeChecked }, [], scheme, constraint);
  if (!attack) return undefined;
  const { candidate } = attack;
  return {
    weakness: {
      attackerOrigin: candidate.origin,
      kind: candidate.kind,
      reason: needleReason(check, form, candidate),
      schemeOnly: attack.schemeOnly,
      verified: true,
    },
    negated,
    intent: needleIntent(check, form),
  };
}

function needleIntent(check: NeedleCheck, form: SubjectForm): Intent {
  if (check.needles.some(isSchemeOnly)) return { unclear: 'the check names no host, so the origins it means to allow are unknown' };
  if (check.needles.some((n) => n.startsWith('.')))
    return { unclear: `the check allows subdomains of ${needleHost(check.needles[0]!)}; list them in the allowlist or keep a dot-boundary subdomain check` };
  const suffix = check.method === 'endsWith' && check.needles.length === 1 ? needleHost(check.needles[0]!) : undefined;
  const texts = form === 'origin' ? check.needles : check.needles.map((n) => needleHost(n) ?? n);
  return exactIntent(texts, suffix);
}

function needleReason(check: NeedleCheck, form: SubjectForm, candidate: AttackerCandidate): string {
  const call = `\`${check.method}(${check.needles.length === 1 ? quote(check.needles[0]!) : '…'})\``;
  const on = form === 'origin' ? 'the origin' : `the ${isLegacyForm(form) ? '`url.parse()` ' : ''}${form.replace('legacy-', '')}`;
  switch (candidate.kind) {
    case 'label-prefixed':
      return `${call} on ${on} has no dot boundary, so any domain ending in those characters passes`;
    case 'suffix-appended':
    case 'special-character':
      return check.method === 'startsWith'
        ? `${call} on ${on} does not stop at the end of the host`
        : `${call} is a substring test, so ${on} may carry the allowed host anywhere`;
    case 'parser-confusion':
      return legacyReason();
    case 'plain-http':
      return `${call} on ${on} never checks the scheme, so plain \`http:\` passes`;
    case 'any-host':
      return `${call} only checks the scheme, so any host passes`;
    default:
      return `${call} on ${on} accepts origins it was not meant to`;
  }
}

export function legacyReason(): string {
  return 'the legacy `url.parse()` cuts the hostname at characters such as a backtick, so it sees the allowed host';
}

function quote(text: string): string {
  return `'${text.replace(/'/g, "\\'")}'`;
}

// --- exact comparisons: `origin === '...'`, `list.includes(hostname)` --------------------------

/**
 * An exact comparison against listed values. It is weak only when it compares a leniently parsed
 * hostname, or (opt-in) when it lets plain `http:` through.
 */
export function judgeExactCheck(values: readonly string[], form: SubjectForm, schemeChecked: boolean, constraint: Constraint = ANY_ORIGIN) {
  // Alone, the verdict depends on the listed values only: one allowlist read at every handler is judged once.
  if (constraint === ANY_ORIGIN)
    return exactVerdicts(JSON.stringify([values, form, schemeChecked]), () => judgeExactValues(values, form, schemeChecked, constraint));
  return judgeExactValues(values, form, schemeChecked, constraint);
}

const exactVerdicts = memoByKey<ExactVerdict | undefined>();

interface ExactVerdict {
  readonly weakness: Weakness;
  readonly intent: Intent;
}

function judgeExactValues(values: readonly string[], form: SubjectForm, schemeChecked: boolean, constraint: Constraint): ExactVerdict | undefined {
  const listed = new Set(values);
  const hosts = values.flatMap((v) => needleHost(v) ?? []);
  const attack = judgePredicate({ form, accepts: (value) => listed.has(value), allowed: { hosts, subdomains: false }, schemeChecked }, [], 'https', constraint);
  if (!attack) return undefined;
  const { candidate } = attack;
  const weakness: Weakness = {
    attackerOrigin: candidate.origin,
    kind: candidate.kind,
    reason:
      candidate.kind === 'parser-confusion'
        ? legacyReason()
        : form === 'origin'
          ? `the allowlist contains the plain-HTTP origin \`${candidate.origin}\`, which a network attacker can impersonate`
          : `the ${form} is compared but the scheme is never checked, so plain \`http:\` passes`,
    schemeOnly: attack.schemeOnly,
    verified: true,
  };
  const intent = exactIntent(form === 'origin' ? values : values.map((v) => needleHost(v) ?? v));
  return { weakness, intent };
}

// --- reversed containment: `'https://a.example.com,https://b.example.com'.includes(origin)` ----

/** A listed origin to illustrate with when the allowlist string is only known at run time. */
const SAMPLE_LISTED_ORIGIN = 'https://app.example.com';

/**
 * `allowlist.includes(origin)` where the allowlist is one string: a substring test, so any part of
 * a listed origin passes. `haystack` is the string when it is known statically.
 */
export function judgeReversedContainment(
  haystack: string | undefined,
  description: string,
  form: SubjectForm,
  test: (haystack: string, value: string) => boolean,
  constraint: Constraint = ANY_ORIGIN,
) {
  const text = haystack ?? SAMPLE_LISTED_ORIGIN;
  const listed = text.split(/[\s,;|]+/).filter(Boolean).map((entry) => (entry.includes('://') ? entry : `https://${entry}`));
  const sample = listed[0] === undefined ? undefined : subjectValue(form, listed[0]);
  if (sample === undefined) return undefined;
  const negated = !test(text, sample);
  const candidates = listed.flatMap((entry) => truncatedCandidates(entry));
  const hosts = listed.flatMap((entry) => needleHost(entry) ?? []);
  const attack = judgePredicate(
    { form, accepts: (value) => test(text, value) !== negated, allowed: { hosts, subdomains: false }, schemeChecked: true },
    candidates,
    'https',
    constraint,
  );
  if (!attack || attack.candidate.kind !== 'truncated') return undefined;
  const { candidate } = attack;
  const example = haystack === undefined ? ` (e.g. for a listed \`${SAMPLE_LISTED_ORIGIN}\`)` : '';
  const weakness: Weakness = {
    attackerOrigin: candidate.origin,
    kind: 'truncated',
    reason: `${description} is a string, so \`.includes()\`/\`.indexOf()\` is a substring test and any part of a listed origin passes${example}`,
    schemeOnly: false,
    verified: true,
  };
  const origins = haystack === undefined ? undefined : intendedOrigins(listed);
  const intent: Intent = origins ? { origins } : { unclear: `the allowlist ${description} is only known at run time` };
  return { weakness, intent, negated };
}
