import type { CorsPluginDocs, SecuritySeverity } from '../rule-kit/create-rule';

/**
 * A score inside each band GitHub code scanning reads from `security-severity`
 * (over 9.0 critical, 7.0 to 8.9 high, 4.0 to 6.9 medium, 0.1 to 3.9 low).
 */
const SCORE: Record<SecuritySeverity, string> = { critical: '9.1', high: '8.1', medium: '5.3', low: '3.1' };

/** The rule properties code scanning reads: its severity, and the tags it filters and links by. */
export interface CodeScanningProperties {
  readonly tags: readonly string[];
  readonly 'security-severity': string;
  readonly precision: 'high';
}

export function codeScanningProperties(docs: Pick<CorsPluginDocs, 'cwe' | 'severity'>): CodeScanningProperties {
  return {
    tags: ['security', 'cors', `external/cwe/${docs.cwe.toLowerCase()}`],
    'security-severity': SCORE[docs.severity],
    precision: 'high',
  };
}

interface SarifRule {
  id: string;
  properties?: Record<string, unknown>;
}
interface SarifLog {
  runs: Array<{ tool: { driver: { rules?: SarifRule[] } } }>;
}
type RulesMeta = Readonly<Record<string, { docs?: object } | undefined>>;

const SEVERITIES = new Set<unknown>(Object.keys(SCORE));

/** Adds code-scanning properties to every rule in the log whose docs name a CWE and a severity. */
export function addCodeScanningProperties(log: SarifLog, rulesMeta: RulesMeta): SarifLog {
  for (const run of log.runs) {
    for (const rule of run.tool.driver.rules ?? []) {
      const docs: { cwe?: unknown; severity?: unknown } | undefined = rulesMeta[rule.id]?.docs;
      if (typeof docs?.cwe !== 'string' || !/^CWE-\d+$/.test(docs.cwe) || !SEVERITIES.has(docs.severity)) continue;
      const known = { cwe: docs.cwe as CorsPluginDocs['cwe'], severity: docs.severity as SecuritySeverity };
      rule.properties = { ...rule.properties, ...codeScanningProperties(known) };
    }
  }
  return log;
}
