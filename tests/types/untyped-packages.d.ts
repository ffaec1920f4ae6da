// Packages the tests use that ship no type declarations: only what the tests call is declared.

declare module 'eslint-v8' {
  /** ESLint 8's eslintrc-mode ESLint class (its results have the same shape as ESLint 9's). */
  export class ESLint {
    static readonly version: string;
    constructor(options?: { cwd?: string; useEslintrc?: boolean });
    lintFiles(patterns: string | string[]): Promise<import('eslint').ESLint.LintResult[]>;
    isPathIgnored(filePath: string): Promise<boolean>;
    loadFormatter(name?: string): Promise<import('eslint').ESLint.LoadedFormatter>;
  }
}

declare module 'eslint-v8/use-at-your-own-risk' {
  /** ESLint 8's flat-config ESLint class (`eslint.config.js`). */
  export class FlatESLint {
    constructor(options?: { cwd?: string; overrideConfigFile?: boolean | string; overrideConfig?: unknown });
    lintFiles(patterns: string | string[]): Promise<import('eslint').ESLint.LintResult[]>;
  }
}
