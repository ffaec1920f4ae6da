import { ESLintUtils } from '@typescript-eslint/utils';

/** How bad a finding is, in code scanning's four security-severity bands. */
export type SecuritySeverity = 'critical' | 'high' | 'medium' | 'low';

export interface CorsPluginDocs {
  /** Whether `configs.recommended` turns the rule on. */
  recommended?: boolean;
  requiresTypeChecking?: boolean;
  /** The weakness the rule finds, as code scanning tags it (`external/cwe/cwe-942`). */
  cwe: `CWE-${number}`;
  /** What code scanning shows as the alert's severity; `src/sarif/` turns it into a `security-severity` score. */
  severity: SecuritySeverity;
}

const REPOSITORY = 'https://github.com/eslint-plugin-cors/eslint-plugin-cors';

/** The rule name is the single source of the docs URL. */
export const createRule = ESLintUtils.RuleCreator<CorsPluginDocs>(
  (name) => `${REPOSITORY}/blob/main/docs/rules/${name}.md`,
);
