import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '../../src/index';
import { TEST_GLOBALS } from './rule-tester';

export interface LintedMessage {
  readonly ruleId: string | null;
  readonly messageId: string | undefined;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** Lints `code` with every rule of the plugin on, and returns what it reports (a parse error throws). */
export function lintWithPlugin(code: string, filename = 'file.js'): LintedMessage[] {
  const rules = Object.fromEntries(Object.keys(plugin.rules).map((name) => [`cors/${name}`, 'error' as const]));
  const messages = new Linter({ cwd: process.cwd() }).verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.js'],
        languageOptions: { parser: tsParser, sourceType: 'module', globals: TEST_GLOBALS },
        plugins: { cors: plugin as never },
        rules,
      },
    ],
    { filename: `${process.cwd()}/${filename}` },
  );
  const fatal = messages.find((message) => message.fatal || !message.ruleId);
  if (fatal) throw new Error(fatal.message);
  return messages.map(({ ruleId, messageId, line, column, message }) => ({ ruleId, messageId, line, column, message }));
}
