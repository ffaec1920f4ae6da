import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { collectorListeners, createCollectedNodes } from '../../../src/analysis/collect';
import { createCorsFile, type CorsFile } from '../../../src/analysis/file-context';

/** Lints `code` with a probe rule and hands `inspect` the analysed file at `Program:exit`. */
export function probeFile<T>(code: string, inspect: (file: CorsFile) => T, filename = 'file.ts'): T {
  let result: T | undefined;
  const probe = {
    meta: { type: 'problem', schema: [] },
    create(context: TSESLint.RuleContext<string, []>) {
      const nodes = createCollectedNodes();
      return {
        ...collectorListeners(nodes),
        'Program:exit': () => {
          result = inspect(createCorsFile(context, nodes));
        },
      };
    },
  };
  const linter = new Linter({ cwd: process.cwd() });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs'],
        languageOptions: { parser: tsParser, sourceType: 'module', globals: { require: 'readonly', process: 'readonly' } },
        plugins: { probe: { rules: { probe: probe as never } } },
        rules: { 'probe/probe': 'error' },
      },
    ],
    { filename: `${process.cwd()}/${filename}` },
  );
  const fatal = messages.find((message) => message.fatal || !message.ruleId);
  if (fatal) throw new Error(fatal.message);
  return result as T;
}
