import type { FrameworkTable } from './types';

/** `micro-cors`: one fixed `origin` string (default `*`) and `allowCredentials` on by default. */
export const microCorsTable: FrameworkTable = {
  library: 'micro-cors',
  sites: [
    {
      kind: 'call',
      exports: [
        { module: 'micro-cors', path: [] },
        { module: 'micro-cors', path: ['default'] },
      ],
      options: { argument: 0, paths: [[]], whenAbsent: 'defaults' },
    },
  ],
  options: { origin: ['origin'], credentials: 'allowCredentials' },
  defaults: { origin: 'wildcard', credentials: true },
  origin: { star: 'wildcard', string: 'fixed', regexp: false },
  starWithCredentials: 'sends-both',
  // Never needed: the answer never depends on the request.
  vary: 'never',
  allowlistForm: 'none',
};
