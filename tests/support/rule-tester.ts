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

/** A RuleTester for TypeScript and JavaScript sources, with Node and browser globals declared. */
export function createRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: { ecmaVersion: 'latest', sourceType: 'module' },
      globals: TEST_GLOBALS,
    },
  });
}
