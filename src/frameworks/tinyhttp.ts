import type { FrameworkTable } from './types';

/** `@tinyhttp/cors` v2: `true` means `*`; a function's return value is the header. */
export const tinyhttpCorsTable: FrameworkTable = {
  library: '@tinyhttp/cors',
  sites: [
    {
      kind: 'call',
      exports: [{ module: '@tinyhttp/cors', path: ['cors'] }],
      options: { argument: 0, paths: [[]], whenAbsent: 'defaults' },
    },
  ],
  options: { origin: ['origin'], credentials: 'credentials' },
  defaults: { origin: 'wildcard', credentials: false },
  origin: {
    true: 'wildcard',
    star: 'wildcard',
    string: 'fixed',
    array: { compare: 'exact', star: 'wildcard', empty: 'nothing' },
    regexp: true,
    // `(req, res) => value`: no origin parameter; `req.headers.origin` is a header read.
    callback: { answersBy: 'return', awaitsReturn: false, answer: 'allow-origin' },
  },
  starWithCredentials: 'sends-both',
  vary: 'adds',
  allowlistForm: 'array',
};
