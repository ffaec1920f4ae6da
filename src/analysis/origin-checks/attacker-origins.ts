import { memoByKey } from './memo';

/**
 * Attacker origins built from the host a check was written for. Each candidate names the bypass
 * class it belongs to, so a report can say why the check lets it through.
 */

/** A domain the attacker registers; `evil.net` as in the taxonomy of cors-semantics §3. */
export const ATTACKER_DOMAIN = 'evil.net';

export type BypassKind =
  /** `https://example.com.evil.net`: the check does not pin the end of the host. */
  | 'suffix-appended'
  /** `https://evilexample.com`: no dot boundary before the allowed host. */
  | 'label-prefixed'
  /** `https://appxexample.com`: an unescaped `.` in a regex matches any character. */
  | 'dot-replaced'
  /** `https://example.com_.evil.net`: a character class after the host lets `_` through. */
  | 'special-character'
  /** `` https://example.com`.evil.net ``: the legacy `url.parse` stops the hostname at the backtick. */
  | 'parser-confusion'
  /** `https://app.example.co`: a substring of the allowlist string. */
  | 'truncated'
  /** `https://evil.net`: the pattern accepts any host. */
  | 'any-host'
  /** `http://example.com`: plain HTTP, which a network attacker can impersonate. */
  | 'plain-http';

export interface AttackerCandidate {
  readonly origin: string;
  readonly kind: BypassKind;
  /** The allowed host the candidate was derived from, if any. */
  readonly host?: string;
}

/**
 * Candidates in the order a report prefers them: the most convincing, registrable origins first,
 * plain HTTP last because it is an opt-in finding. `scheme` is the one the check names: a check
 * written for `http://localhost` is attacked with `http://localhost.evil.net`.
 */
export function attackerCandidates(hosts: readonly string[], scheme: 'https' | 'http' = 'https'): readonly AttackerCandidate[] {
  return candidatesByHosts(JSON.stringify([scheme, hosts]), () => buildCandidates(hosts, scheme));
}

/** Building candidates parses every one as a URL; the same hosts come back at every check. */
const candidatesByHosts = memoByKey<readonly AttackerCandidate[]>();

function buildCandidates(hosts: readonly string[], scheme: 'https' | 'http'): AttackerCandidate[] {
  const candidates: AttackerCandidate[] = [];
  const add = (origin: string, kind: BypassKind, host?: string) => {
    if (!candidates.some((c) => c.origin === origin)) candidates.push({ origin, kind, host });
  };
  for (const host of hosts) add(`${scheme}://${host}.${ATTACKER_DOMAIN}`, 'suffix-appended', host);
  for (const host of hosts) add(`${scheme}://evil${host}`, 'label-prefixed', host);
  for (const host of hosts) for (const variant of dotReplacements(host)) add(`${scheme}://${variant}`, 'dot-replaced', host);
  // Subdomain patterns need a label before the host: `.*\.example.com` accepts `app.examplexcom`.
  for (const host of hosts) for (const variant of dotReplacements(`app.${host}`).slice(1)) add(`${scheme}://${variant}`, 'dot-replaced', host);
  for (const host of hosts) add(`${scheme}://${host}_.${ATTACKER_DOMAIN}`, 'special-character', host);
  for (const host of hosts) add(`${scheme}://${host}\`.${ATTACKER_DOMAIN}`, 'parser-confusion', host);
  add(`${scheme}://${ATTACKER_DOMAIN}`, 'any-host');
  for (const host of hosts) add(`http://${host}`, 'plain-http', host);
  // A dot-boundary suffix check accepts subdomains only, so offer one over plain HTTP too.
  for (const host of hosts) add(`http://app.${host}`, 'plain-http', host);
  return candidates.filter((c) => c.origin.length <= MAX_CANDIDATE_LENGTH && parsesAsOrigin(c.origin) && isRegistrable(c.origin));
}

/**
 * An attacker needs a host they can get a certificate for: `https://evilx0` or `https://evillocalhost`
 * are not, `https://localhost.evil.net` is. Loopback hosts stay (plain-HTTP candidates skip them later).
 */
function isRegistrable(origin: string): boolean {
  const host = tryUrl(origin)?.hostname ?? '';
  return host.includes('.') || isLoopbackHost(host);
}

/** Candidates are short, so even a super-linear pattern runs on them in bounded time. */
export const MAX_CANDIDATE_LENGTH = 96;

/**
 * `api.app.example.com` → `apixapp.example.com`, `api.appxexample.com`. The dot before the top-level
 * label stays: `examplexcom` is no domain anyone can register.
 */
function dotReplacements(host: string): string[] {
  const variants: string[] = [];
  const lastDot = host.lastIndexOf('.');
  for (let i = 0; i < lastDot; i++) if (host[i] === '.') variants.push(`${host.slice(0, i)}x${host.slice(i + 1)}`);
  return variants;
}

/** Origins an attacker can produce from a listed one by cutting characters off its end. */
export function truncatedCandidates(listedOrigin: string): AttackerCandidate[] {
  const url = tryUrl(listedOrigin);
  if (!url || url.port) return [];
  const candidates: AttackerCandidate[] = [];
  // `https://app.example.co`, then `https://app.example.c`: cut the top-level label first.
  for (let cut = 1; cut < url.hostname.length - 1 && candidates.length < 3; cut++) {
    const host = url.hostname.slice(0, -cut);
    if (host.endsWith('.')) continue;
    candidates.push({ origin: `${url.protocol}//${host}`, kind: 'truncated', host: url.hostname });
  }
  return candidates;
}

/** True when `value` parses as a URL whose only parts are scheme, host and port. */
export function parsesAsOrigin(value: string): boolean {
  const url = tryUrl(value);
  return !!url && !!url.hostname && url.pathname === '/' && !value.endsWith('/') && !url.search && !url.hash && !url.username;
}

/**
 * `new URL(value)`, or `undefined` when it throws. Parsed once per string: every check of a file
 * tries the same attacker candidates. Read-only, since callers share the instance.
 */
export function tryUrl(value: string): Readonly<URL> | undefined {
  return urlsByText(value, () => {
    try {
      return new URL(value);
    } catch {
      return undefined;
    }
  });
}

const urlsByText = memoByKey<Readonly<URL> | undefined>();

/** Hosts that only the machine itself can serve. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * Whether a candidate is one the check's author meant to allow: one of the allowed hosts, or (for
 * checks that allow subdomains) a subdomain of one. Only other hosts are attacks.
 */
export function isIntendedHost(host: string, allowedHosts: readonly string[], allowsSubdomains: boolean): boolean {
  return allowedHosts.some((allowed) => host === allowed || (allowsSubdomains && host.endsWith(`.${allowed}`)));
}
