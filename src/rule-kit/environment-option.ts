import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import type { TSESLint } from '@typescript-eslint/utils';
import type { Finding } from '../model/finding';
import type { CorsRuleId } from '../model/rule-ids';
import { defineCorsFindingsListener } from './cors-findings';
import { reportFinding } from './report-finding';

export type EnvironmentOption = 'auto' | 'browser' | 'any';

/** The options of a browser-only rule. */
export type EnvironmentOptions = [{ environment?: EnvironmentOption }];

/**
 * Which findings each option reports, from the file's environment tags (see `decideEnvironment`):
 * - `auto`: files decided to run in a browser; server and undecided files are not reported;
 * - `browser`: everything except files that declare themselves server code (`'use server'`,
 *   `server-only`, `*.server.ts`), which bundlers never ship to a browser;
 * - `any`: everything, server code included.
 * A finding without environment tags holds wherever the code runs, and is reported under every option.
 */
const REPORTS: Readonly<Record<EnvironmentOption, (tags: Finding['tags']) => boolean>> = {
  auto: (tags) => tags === undefined || tags.environment === 'browser',
  browser: (tags) => !(tags?.environment === 'server' && tags.declared === true),
  any: () => true,
};

/** Whether a finding tagged with its file's environment is browser code under the `environment` option; shared by the browser-only rules. */
export function reportsInEnvironment(environment: EnvironmentOption, tags: Finding['tags']): boolean {
  return REPORTS[environment](tags);
}

/** The `environment` option's schema, shared by the browser-only rules. */
export const ENVIRONMENT_OPTION_SCHEMA: JSONSchema4 = {
  type: 'string',
  enum: ['auto', 'browser', 'any'],
  description:
    "Which files count as browser code: 'auto' reports files decided to run in a browser (from settings.cors.environment, declarations, configured globals, the nearest package.json, test files, imports and globals); 'browser' treats every file as browser code unless it declares itself server code ('use server', server-only, *.server.ts); 'any' reports even in server code.",
};

/** A browser-only rule's options schema: the `environment` option alone. */
export const ENVIRONMENT_RULE_SCHEMA: JSONSchema4[] = [
  { type: 'object', properties: { environment: ENVIRONMENT_OPTION_SCHEMA }, additionalProperties: false },
];

/** The listener of a browser-only rule: its findings, reported where the `environment` option says the code runs in a browser. */
export function defineBrowserFindingsListener(
  context: Readonly<TSESLint.RuleContext<string, EnvironmentOptions>>,
  ruleId: CorsRuleId,
  environment: EnvironmentOption,
): TSESLint.RuleListener {
  return defineCorsFindingsListener(context, ruleId, (finding) => {
    if (reportsInEnvironment(environment, finding.tags)) reportFinding(context, finding);
  });
}
