import path from 'node:path';
import { ESLint } from 'eslint';
import parser from '@typescript-eslint/parser';
import { EXAMPLE_APP, REPO_ROOT } from './plugin-project';

/** The example app's globals, as its eslint.config.js declares them. */
export const EXAMPLE_GLOBALS = { window: 'readonly', document: 'readonly', fetch: 'readonly', process: 'readonly' } as const;

/** `file:line:column ruleId message`, relative to the linted folder: comparable across linters. */
export function findingLine(file: string, line: number, column: number, ruleId: string | null, message: string): string {
  return `${file.split(path.sep).join('/')}:${line}:${column} ${ruleId} ${message}`;
}

/** The reference: the built plugin's `configs.recommended` in ESLint 10's flat config on the example app, sorted. */
export async function exampleAppFindingsInFlatESLint(): Promise<string[]> {
  const plugin = (await import(path.join(REPO_ROOT, 'dist/index.js'))).default;
  const eslint = new ESLint({
    cwd: EXAMPLE_APP,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.{js,ts}'], languageOptions: { parser, globals: EXAMPLE_GLOBALS } },
      plugin.configs.recommended,
    ],
  });
  const results = await eslint.lintFiles(['**/*.{js,ts}']);
  return results
    .flatMap((result) =>
      result.messages.map((m) => findingLine(path.relative(EXAMPLE_APP, result.filePath), m.line, m.column, m.ruleId, m.message)),
    )
    .sort();
}
