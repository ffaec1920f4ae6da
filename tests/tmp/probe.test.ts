import path from 'node:path';
import { Linter } from 'eslint';
import { it } from 'vitest';
import plugin from '../../src/index';
import tsParser from '@typescript-eslint/parser';
it('probe', () => {
  const linter = new Linter({ configType: 'flat' });
  const filename = path.join(import.meta.dirname, '../fixtures/cross-module/import-forms/importer.ts');
  const code = process.env.PROBE_CODE!;
  const messages = linter.verify(code, [{ files: ['**/*.ts'], languageOptions: { parser: tsParser as never }, plugins: { cors: plugin as never }, rules: { 'cors/no-reflected-origin': 'error', 'cors/no-weak-origin-check': 'error' } }], { filename });
  for (const m of messages) { console.log(m.ruleId, m.line, m.column, m.message); for (const s of m.suggestions ?? []) console.log('SUG', JSON.stringify(s.fix)); }
});
