import { parsesAsOrigin, tryUrl } from './attacker-origins';

/**
 * Who a weak check was meant to allow. `origins` is set when that is a short list of exact origins
 * (the codemod can then swap the check for the allowlist); `subdomainsOf` when the check reads as
 * "this host and its subdomains" (an anchored subdomain regex can then replace it).
 */
export interface Intent {
  readonly origins?: readonly string[];
  readonly subdomainsOf?: string;
  /** Why the exact origins are unclear, when `origins` is absent. */
  readonly unclear?: string;
}

const HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/i;

/**
 * The serialized origin a check's literal stands for: a full origin as written, or a bare host
 * read as its HTTPS origin (`example.com` → `https://example.com`).
 */
export function intendedOrigin(text: string): string | undefined {
  const candidate = text.includes('://') ? text : HOST.test(text) ? `https://${text}` : undefined;
  if (!candidate || !parsesAsOrigin(candidate)) return undefined;
  const url = tryUrl(candidate)!;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  return url.origin;
}

/**
 * Every text's intended origin, or `undefined` when one is not an origin or a host. An `http:` origin
 * whose `https:` twin is also listed is dropped: the check is being hardened.
 */
export function intendedOrigins(texts: readonly string[]): string[] | undefined {
  const origins: string[] = [];
  for (const text of texts) {
    const origin = intendedOrigin(text);
    if (!origin) return undefined;
    if (!origins.includes(origin)) origins.push(origin);
  }
  const upgraded = origins.filter((o) => !(o.startsWith('http://') && origins.includes(`https://${o.slice('http://'.length)}`)));
  return upgraded.length > 0 ? upgraded : undefined;
}

export function exactIntent(texts: readonly string[], subdomainsOf?: string): Intent {
  const origins = intendedOrigins(texts);
  if (origins) return { origins, subdomainsOf };
  return { subdomainsOf, unclear: `\`${texts.join('`, `')}\` does not name exact origins` };
}

export function subdomainIntent(host: string): Intent {
  return {
    subdomainsOf: host,
    unclear: `the check allows a family of origins (subdomains of ${host}); list them in the allowlist or use a dot-boundary subdomain check`,
  };
}
