import { Linter } from 'eslint';
import { it } from 'vitest';
import plugin from '../../src/index';
import tsParser from '@typescript-eslint/parser';

it('scratch', () => {
  const linter = new Linter({ configType: 'flat' });
  const code = process.env.CODE ?? '';
  const messages = linter.verify(code, [{ files: ['**/*.ts'], languageOptions: { parser: tsParser, globals: { Headers: 'readonly', Response: 'readonly', URL: 'readonly', process: 'readonly' } }, plugins: { cors: plugin as never }, rules: { 'cors/no-reflected-origin': 'error' } }], 'x.ts');
  console.log(JSON.stringify(messages.map((m) => ({ line: m.line, col: m.column, msg: m.message.slice(0, 60), sugg: m.suggestions?.map(s=>s.fix) })), null, 1));
});
