import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '../../src/index';

const config: Linter.Config[] = [
  {
    files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    ...plugin.configs.all,
  },
];

export interface LintRun {
  readonly messages: Linter.LintMessage[];
  /** Time spent in the rules (their `create` and listeners), not in parsing, in milliseconds. */
  readonly ruleMs: number;
}

const linter = new Linter({ configType: 'flat' });

/** Lints with every rule of the plugin; a rule that throws makes this throw, with the rule named. */
export function lintAll(code: string, filename = 'file.ts'): LintRun {
  // `stats` is collected per fix pass, so it needs verifyAndFix; `fix: false` makes it one plain pass.
  const { messages } = linter.verifyAndFix(code, config, { filename, fix: false, stats: true } as Linter.FixOptions);
  const ruleMs = linter
    .getTimes()
    .passes.flatMap((pass) => Object.values(pass.rules ?? {}))
    .reduce((sum, rule) => sum + rule.total, 0);
  return { messages, ruleMs };
}

/** Messages that are not findings: parse errors. */
export function fatalMessages(messages: readonly Linter.LintMessage[]) {
  return messages.filter((message) => message.fatal || message.ruleId === null);
}

/** `ruleId: first words` of each finding, for readable assertions. */
export function findingsOf(messages: readonly Linter.LintMessage[]) {
  return messages.filter((message) => message.ruleId !== null).map((message) => message.ruleId);
}
