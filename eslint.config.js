// Lints the plugin's own rules with eslint-plugin-eslint-plugin.
import { defineConfig } from 'eslint/config';
import tsParser from '@typescript-eslint/parser';
import eslintPlugin from 'eslint-plugin-eslint-plugin';

export default defineConfig([
  { ignores: ['dist/**', 'examples/**', 'tests/**/__testfixtures__/**', 'tests/servers/**', 'node_modules/**'] },
  {
    files: ['rules/**/*.ts', 'src/**/*.ts'],
    languageOptions: { parser: tsParser },
    extends: [eslintPlugin.configs.recommended],
    rules: {
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Enforce|Require|Disallow)' }],
      // Suggestions come from the shared analysis core, out of this rule's sight.
      'eslint-plugin/require-meta-has-suggestions': 'off',
      // RuleCreator merges the top-level `defaultOptions` (the typescript-eslint convention).
      'eslint-plugin/require-meta-default-options': 'off',
      'eslint-plugin/require-meta-docs-url': 'off',
      'eslint-plugin/require-meta-schema-description': 'error',
    },
  },
  {
    files: ['tests/rules/**/*.ts'],
    languageOptions: { parser: tsParser },
    extends: [eslintPlugin.configs['tests-recommended']],
  },
]);
