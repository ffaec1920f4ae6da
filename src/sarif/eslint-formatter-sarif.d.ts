// @microsoft/eslint-formatter-sarif ships no type declarations.
declare module '@microsoft/eslint-formatter-sarif' {
  import type { ESLint } from 'eslint';

  const format: (results: ESLint.LintResult[], data?: ESLint.LintResultData) => string;
  export = format;
}
