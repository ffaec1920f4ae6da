import type { ESLint } from 'eslint';
import formatSarif from '@microsoft/eslint-formatter-sarif';
import { addCodeScanningProperties } from './code-scanning';

/**
 * An ESLint formatter: @microsoft/eslint-formatter-sarif's log, with each rule's CWE and severity added where GitHub
 * code scanning reads them (that formatter passes on only a rule's url, description and category).
 */
export default function format(results: ESLint.LintResult[], data?: ESLint.LintResultData): string {
  const log = JSON.parse(formatSarif(results, data));
  return JSON.stringify(addCodeScanningProperties(log, data?.rulesMeta ?? {}), null, 2);
}
