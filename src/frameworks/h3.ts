import type { FrameworkTable } from './types';

const H3_FUNCTIONS = ['handleCors', 'appendCorsHeaders', 'appendCorsPreflightHeaders'];

/** h3 (Nuxt, Nitro) v1: `handleCors(event, opts)`; a string is sent as is, a list reflects on a match. */
export const h3CorsTable: FrameworkTable = {
  library: 'h3',
  sites: [
    {
      kind: 'call',
      exports: H3_FUNCTIONS.map((name) => ({ module: 'h3', path: [name] })),
      options: { argument: 1, paths: [[]], whenAbsent: 'defaults' },
    },
  ],
  options: { origin: ['origin'], credentials: 'credentials' },
  defaults: { origin: 'wildcard', credentials: false },
  origin: {
    star: 'wildcard',
    string: 'fixed',
    array: { compare: 'exact', star: 'never-matches', empty: 'nothing' },
    regexp: true,
    // `(origin) => boolean`: true reflects.
    callback: { originParameter: 0, answersBy: 'return', awaitsReturn: false, answer: 'boolean' },
  },
  starWithCredentials: 'sends-both',
  vary: 'adds',
  allowlistForm: 'array',
  versionNote: 'h3 v2 compares a string origin exactly instead of sending it',
};
