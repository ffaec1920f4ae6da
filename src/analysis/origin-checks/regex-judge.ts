import { ATTACKER_DOMAIN, attackerCandidates, type AttackerCandidate } from './attacker-origins';
import { exactIntent, subdomainIntent, type Intent } from './intent';
import { memoByKey } from './memo';
import type { BranchShape, RegexShape } from './regex-shape';
import type { RegexRunner } from './regex-runner';
import { subjectValue, type SubjectForm } from './subject-form';
import { ANY_ORIGIN, firstAcceptedAttack, type AllowedHosts, type Constraint, type Weakness } from './weakness';

/**
 * Judges an origin regex by running it on attacker origins built from its own hosts. When a
 * candidate could not be run safely and none was accepted, the verdict comes from the pattern's
 * structure instead (missing anchor, unescaped dot, wildcard before the host).
 */
export function judgeRegex(shape: RegexShape, form: SubjectForm, runner: RegexRunner, constraint: Constraint = ANY_ORIGIN): Weakness | undefined {
  // Alone, the verdict is the pattern's own, shared by every file that writes it.
  if (constraint === ANY_ORIGIN)
    return verdictsByPattern(`${form} ${shape.flags}/${shape.source}`, () => runCandidates(shape, form, runner, constraint));
  return runCandidates(shape, form, runner, constraint);
}

const verdictsByPattern = memoByKey<Weakness | undefined>();

function runCandidates(shape: RegexShape, form: SubjectForm, runner: RegexRunner, constraint: Constraint): Weakness | undefined {
  const allowed = allowedHostsOf(shape);
  // A subdomain pattern is attacked through one of its subdomains: `https://app.example.com.evil.net`.
  const subdomains = allowed.subdomains ? allowed.hosts.map((host) => `app.${host}`) : [];
  const hosts = [...new Set([...allowed.hosts, ...shape.hosts, ...subdomains])];
  let unknown = false;
  const accepts = (origin: string): boolean | undefined => {
    const value = subjectValue(form, origin);
    if (value === undefined) return false;
    const matched = runner.matches(shape, value);
    if (matched === undefined) unknown = true;
    return matched;
  };
  // A pattern written for `http://` only (`^http:\/\/localhost`) is attacked over `http:`.
  const scheme = !shape.source.includes('https') && shape.source.includes('http') ? 'http' : 'https';
  const attack = firstAcceptedAttack(attackerCandidates(hosts, scheme), accepts, allowed, constraint);
  if (attack) {
    const { candidate } = attack;
    return { attackerOrigin: candidate.origin, kind: candidate.kind, reason: regexReason(shape, candidate), schemeOnly: attack.schemeOnly, verified: true };
  }
  return unknown ? structuralVerdict(shape) : undefined;
}

/** The hosts a pattern means to allow: its finite language if it has one, else its literal hosts. */
export function allowedHostsOf(shape: RegexShape): AllowedHosts {
  const languageHosts = (shape.finiteLanguage ?? []).flatMap((text) => {
    const host = text
      .replace(/^[a-z]+:\/\//i, '')
      .replace(/:\d+$/, '')
      .replace(/^\.+|\.+$/g, '')
      .toLowerCase();
    return host.includes('.') ? [host] : [];
  });
  return {
    hosts: [...new Set([...languageHosts, ...shape.hosts])],
    subdomains: shape.branches.some((b) => b.subdomainPart || b.wildcardBeforeHost),
  };
}

/** Whom the regex was meant to allow: its finite language, or a subdomain family. */
export function regexIntent(shape: RegexShape): Intent {
  const family = shape.branches.find((b) => b.subdomainPart || b.wildcardBeforeHost);
  if (family?.hosts[0]) return subdomainIntent(family.hosts[0]);
  if (shape.finiteLanguage) return exactIntent(shape.finiteLanguage, suffixHost(shape));
  return { unclear: 'the pattern allows an open-ended set of origins' };
}

/** `example\.com$` with no start anchor reads as "example.com and its subdomains". */
function suffixHost(shape: RegexShape): string | undefined {
  const [only] = shape.branches;
  return shape.branches.length === 1 && only && !only.anchoredStart && only.hosts.length === 1 ? only.hosts[0] : undefined;
}

function branchOf(shape: RegexShape, candidate: AttackerCandidate): BranchShape {
  return shape.branches.find((b) => candidate.host !== undefined && b.hosts.includes(candidate.host)) ?? shape.branches[0]!;
}

function regexReason(shape: RegexShape, candidate: AttackerCandidate): string {
  const branch = branchOf(shape, candidate);
  const host = candidate.host ?? '';
  const split = shape.branches.length > 1;
  switch (candidate.kind) {
    case 'suffix-appended':
      if (!branch.anchoredEnd)
        return split && shape.branches.some((b) => b.anchoredEnd)
          ? `the alternation is outside the anchors, so the branch \`${branch.raw}\` has no \`$\``
          : `the pattern has no \`$\` anchor, so anything may follow \`${host}\``;
      return `the pattern accepts anything after \`${host}\``;
    case 'label-prefixed':
      if (!branch.anchoredStart)
        return split && shape.branches.some((b) => b.anchoredStart)
          ? `the alternation is outside the anchors, so the branch \`${branch.raw}\` has no \`^\``
          : `the pattern has no \`^\` anchor, so anything may precede \`${host}\``;
      if (branch.wildcardBeforeHost) return `the wildcard before \`${host}\` matches any prefix, not only subdomains`;
      return `nothing forces a dot before \`${host}\``;
    case 'dot-replaced':
      return `the \`.\` in \`${branch.hostsWithUnescapedDot[0] ?? host}\` is unescaped and matches any character`;
    case 'special-character':
      return `the pattern accepts \`_\` and other characters after \`${host}\``;
    case 'any-host':
      return 'the host part of the pattern accepts any host';
    case 'plain-http':
      return branch.optionalScheme ? '`https?` also accepts plain `http:`' : 'the pattern accepts plain `http:`';
    default:
      return 'the pattern accepts origins it was not meant to';
  }
}

const UNRUN = " (judged from the pattern's structure: it could not be run within the analysis's bounds)";

/** A verdict from the structure alone, for patterns too dangerous to run to the end. */
function structuralVerdict(shape: RegexShape): Weakness | undefined {
  for (const branch of shape.branches) {
    const host = branch.hosts[0];
    const verdict = (attackerOrigin: string, kind: Weakness['kind']): Weakness => ({
      attackerOrigin,
      kind,
      reason: regexReason(shape, { origin: attackerOrigin, kind, host }) + UNRUN,
      schemeOnly: false,
      verified: false,
    });
    if (host && !branch.anchoredEnd) return verdict(`https://${host}.${ATTACKER_DOMAIN}`, 'suffix-appended');
    if (host && (!branch.anchoredStart || branch.wildcardBeforeHost)) return verdict(`https://evil${host}`, 'label-prefixed');
    const dotted = branch.hostsWithUnescapedDot.find((h) => h.split('.').length > 2);
    if (dotted) return verdict(`https://${dotted.replace('.', 'x')}`, 'dot-replaced');
    if (branch.anyHost) return verdict(`https://${ATTACKER_DOMAIN}`, 'any-host');
  }
  return undefined;
}
