import type { AttackerCandidate, BypassKind } from './attacker-origins';
import { isIntendedHost, isLoopbackHost, tryUrl } from './attacker-origins';

/** Why a check is weak, with the one attacker origin a report names. */
export interface Weakness {
  readonly attackerOrigin: string;
  readonly kind: BypassKind;
  /** A short clause without a trailing period, e.g. "nothing forces a dot before `example.com`". */
  readonly reason: string;
  /** Only plain HTTP gets through: reported with `checkScheme` only. */
  readonly schemeOnly: boolean;
  /**
   * True when the check itself accepted the attacker origin (string method evaluated, RegExp run);
   * false when it comes from the pattern's structure because running the pattern was unsafe.
   */
  readonly verified: boolean;
}

/** What the hosts a check names say about who it means to allow. */
export interface AllowedHosts {
  readonly hosts: readonly string[];
  /** The check is meant to allow subdomains too (`.example.com`, `(?:[a-z]+\.)*example\.com`). */
  readonly subdomains: boolean;
}

/**
 * What else the origin must satisfy to be let through: the other checks of an `&&` condition
 * (`origin.startsWith('https://') && origin.endsWith('.example.com')`).
 */
export type Constraint = (origin: string) => boolean;

export const ANY_ORIGIN: Constraint = () => true;

/** A candidate the check accepts, split into real attacks and plain-HTTP-only ones. */
export interface AcceptedAttack {
  readonly candidate: AttackerCandidate;
  readonly schemeOnly: boolean;
}

/**
 * The first candidate the check accepts that its author did not mean to allow. `accepts` returns
 * `undefined` when it cannot tell (a pattern that ran out of time); such candidates are skipped.
 * HTTPS attacks win over plain-HTTP ones, whatever the candidate order.
 */
export function firstAcceptedAttack(
  candidates: readonly AttackerCandidate[],
  accepts: (origin: string) => boolean | undefined,
  allowed: AllowedHosts,
  constraint: Constraint = ANY_ORIGIN,
): AcceptedAttack | undefined {
  let plainHttp: AcceptedAttack | undefined;
  for (const candidate of candidates) {
    const url = tryUrl(candidate.origin);
    if (!url) continue;
    const intended = isIntendedHost(url.hostname, allowed.hosts, allowed.subdomains);
    const http = url.protocol === 'http:';
    if (intended && !http) continue;
    if (http && (isLoopbackHost(url.hostname) || (intended && plainHttp))) continue;
    if (!constraint(candidate.origin) || accepts(candidate.origin) !== true) continue;
    if (!intended) return { candidate, schemeOnly: false };
    plainHttp = { candidate, schemeOnly: true };
  }
  return plainHttp;
}
