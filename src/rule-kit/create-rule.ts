import { ESLintUtils } from '@typescript-eslint/utils';

export interface CorsPluginDocs {
  /** Whether `configs.recommended` turns the rule on. */
  recommended?: boolean;
  requiresTypeChecking?: boolean;
}

const REPOSITORY = 'https://github.com/eslint-plugin-cors/eslint-plugin-cors';

/** The rule name is the single source of the docs URL. */
export const createRule = ESLintUtils.RuleCreator<CorsPluginDocs>(
  (name) => `${REPOSITORY}/blob/main/docs/rules/${name}.md`,
);
