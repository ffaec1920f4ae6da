// How a project turns the plugin on: one `extends` entry in its flat config.
import { defineConfig } from 'eslint/config';
import tsParser from '@typescript-eslint/parser';
import cors from 'eslint-plugin-cors';

export default defineConfig([
  {
    files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
    languageOptions: {
      parser: tsParser,
      globals: { window: 'readonly', document: 'readonly', fetch: 'readonly', process: 'readonly' },
    },
    extends: [cors.configs.recommended],
  },
]);
