import type { FrameworkTable } from './types';

/** `hono/cors` (≥4.6.5): strings and arrays match exactly; a function's return value is the header. */
export const honoCorsTable: FrameworkTable = {
  library: 'hono/cors',
  sites: [
    {
      kind: 'call',
      exports: [{ module: 'hono/cors', path: ['cors'] }],
      options: { argument: 0, paths: [[]], whenAbsent: 'defaults' },
    },
  ],
  options: { origin: ['origin'], credentials: 'credentials' },
  defaults: { origin: 'wildcard', credentials: false },
  origin: {
    star: 'wildcard',
    string: 'exact-match',
    // `['*']` is compared with `includes`, so it allows nothing.
    array: { compare: 'exact', star: 'never-matches', empty: 'nothing' },
    regexp: false,
    // `(origin, c) => value`; the origin is `''` when the header is absent.
    callback: { originParameter: 0, answersBy: 'return', awaitsReturn: true, answer: 'allow-origin' },
  },
  starWithCredentials: 'sends-both',
  vary: 'adds',
  allowlistForm: 'return-origin',
  versionNote: 'before 4.6.5, hono sent a string origin to every request and fell back to the first array entry',
};
