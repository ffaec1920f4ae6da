import { it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import rule from '../../rules/no-weak-origin-check';

it('debug', () => {
  const cases = readFileSync(process.env.CASES!, 'utf8').split('\n=====\n');
  const linter = new Linter({ configType: 'flat' });
  for (const code of cases) {
    const messages = linter.verify(code, [{
      files: ['**/*.ts', '**/*.js'],
      languageOptions: { parser: tsParser as never, globals: { URL: 'readonly', process: 'readonly', require: 'readonly', window: 'readonly' } },
      plugins: { cors: { rules: { x: rule as never } } },
      rules: { 'cors/x': ['error', { checkScheme: process.env.SCHEME === '1' }] },
    }], { filename: process.env.FILE ?? 'file.ts' });
    console.log('#### ' + code.split('\n').slice(0, 40).join('\n'));
    for (const m of messages) {
      console.log(`  ${m.line}:${m.column} ${m.messageId} ${m.message}`);
      for (const s of m.suggestions ?? []) {
        const [a, b] = s.fix.range;
        console.log(`  => [${s.desc}] ` + (code.slice(0, a) + s.fix.text + code.slice(b)).split('\n').filter((l, i) => l !== code.split('\n')[i]).join(' | '));
      }
    }
  }
});
