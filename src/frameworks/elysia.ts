import type { FrameworkTable } from './types';

/** `@elysiajs/cors` (≥1.0.5, and 0.x): defaults are `origin: true` and `credentials: true`. */
export const elysiaCorsTable: FrameworkTable = {
  library: '@elysiajs/cors',
  sites: [
    {
      kind: 'call',
      exports: [
        { module: '@elysiajs/cors', path: ['cors'] },
        { module: '@elysiajs/cors', path: ['default'] },
      ],
      options: { argument: 0, paths: [[]], whenAbsent: 'defaults' },
    },
  ],
  options: { origin: ['origin'], credentials: 'credentials' },
  defaults: { origin: 'reflect', credentials: true },
  origin: {
    true: 'reflect',
    star: 'wildcard',
    string: 'exact-match',
    // `'good.example'` compares the host only (any scheme); that is a weak check, not an invalid entry.
    bareHosts: true,
    array: { compare: 'exact', star: 'wildcard', empty: 'nothing' },
    regexp: true,
    // `(request) => boolean`: true reflects the request Origin.
    callback: { answersBy: 'return', awaitsReturn: false, answer: 'boolean' },
  },
  starWithCredentials: 'sends-both',
  vary: 'adds',
  allowlistForm: 'array',
};
