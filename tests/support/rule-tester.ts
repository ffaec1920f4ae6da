import { RuleTester } from '@typescript-eslint/rule-tester';

/** The Node and browser globals every rule test (and every docs example) may use. */
export const TEST_GLOBALS = {
  fetch: 'readonly',
  Headers: 'readonly',
  Request: 'readonly',
  Response: 'readonly',
  XMLHttpRequest: 'readonly',
  URL: 'readonly',
  window: 'readonly',
  document: 'readonly',
  process: 'readonly',
  require: 'readonly',
  module: 'writable',
  globalThis: 'readonly',
} as const;

/**
 * A RuleTester for TypeScript and JavaScript sources, with Node and browser globals declared.
 * `defaultFilenames` places the cases without a `filename` (for rules that read the file's package).
 */
export function createRuleTester(defaultFilenames?: { ts: string; tsx: string }): RuleTester {
  return new RuleTester({
    ...(defaultFilenames && { defaultFilenames }),
    languageOptions: {
      parserOptions: { ecmaVersion: 'latest', sourceType: 'module' },
      globals: TEST_GLOBALS,
    },
  });
}
