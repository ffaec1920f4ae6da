import type { FrameworkTable } from './types';

/** `restify-cors-middleware2`: never sends `*`; `origins: ['*']` (the default) reflects every origin. */
export const restifyCorsTable: FrameworkTable = {
  library: 'restify-cors-middleware2',
  sites: [
    {
      kind: 'call',
      exports: ['restify-cors-middleware2', 'restify-cors-middleware'].flatMap((module) => [
        { module, path: [] },
        { module, path: ['default'] },
      ]),
      options: { argument: 0, paths: [[]], whenAbsent: 'defaults' },
    },
  ],
  options: { origin: ['origins'], credentials: 'credentials', starCredentialsOptIn: 'allowCredentialsAllOrigins' },
  defaults: { origin: 'reflect', credentials: false },
  origin: {
    star: 'reflect',
    string: 'exact-match',
    array: { compare: 'glob', star: 'reflect', empty: 'nothing' },
    regexp: true,
  },
  starWithCredentials: 'reflects',
  vary: 'adds',
  allowlistForm: 'array',
};
