import { RuleTester } from '@typescript-eslint/rule-tester';

/** A RuleTester for TypeScript and JavaScript sources, with Node and browser globals declared. */
export function createRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: { ecmaVersion: 'latest', sourceType: 'module' },
      globals: {
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
      },
    },
  });
}
