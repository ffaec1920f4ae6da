import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import rule from '../../rules/no-forbidden-request-headers';

it('debug', () => {
  const cases = readFileSync(process.env.CASES!, 'utf8').split('\n=====\n');
  const linter = new Linter({ configType: 'flat' });
  for (const code of cases) {
    const messages = linter.verify(code, [{
      files: ['**/*.ts', '**/*.tsx'],
      languageOptions: { parser: tsParser as never, globals: { fetch: 'readonly', window: 'readonly', Headers: 'readonly', Request: 'readonly', XMLHttpRequest: 'readonly', require: 'readonly', document: 'readonly', globalThis: 'readonly' } },
      plugins: { cors: { rules: { x: rule as never } } },
      rules: { 'cors/x': ['error', { environment: (process.env.ENV ?? 'auto') }] },
    }], { filename: process.env.FILE ?? 'file.ts' });
    console.log('#### ' + JSON.stringify(code));
    for (const m of messages) {
      console.log(`  ${m.line}:${m.column} ${m.messageId} ${m.message.slice(0, 60)}`);
      for (const s of m.suggestions ?? []) {
        const [a, b] = s.fix.range;
        console.log('  => ' + JSON.stringify(code.slice(0, a) + s.fix.text + code.slice(b)));
      }
    }
  }
});
