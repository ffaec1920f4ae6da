import { it } from 'vitest';
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { readFileSync } from 'node:fs';
import { rules } from '../rules';

it('scratch', () => {
  const code = readFileSync('/tmp/rh/in.ts', 'utf8');
  const linter = new Linter();
  const ids = ['require-vary-origin', 'no-wildcard-with-credentials', 'no-null-origin', 'valid-cors-header-value'];
  const messages = linter.verify(code, [{
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser as never, globals: { fetch: 'readonly', Headers: 'readonly', Response: 'readonly', process: 'readonly', require: 'readonly' } },
    plugins: { cors: { rules: rules as never } },
    rules: Object.fromEntries(ids.map((id) => [`cors/${id}`, 'error'])),
  }], 'file.ts');
  for (const m of messages) console.log(`${m.line}:${m.column} ${m.ruleId} ${m.messageId ?? ''} ${m.message.slice(0, 90)} ${m.suggestions ? JSON.stringify(m.suggestions.map(s=>s.fix)) : ''}`);
});
