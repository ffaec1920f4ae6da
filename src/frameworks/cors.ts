import type { FrameworkTable } from './types';

/** expressjs/cors semantics, shared by every library that hands its options to `cors` (Nest, socket.io, Apollo v3, nextjs-cors). */
export const CORS_PACKAGE_SEMANTICS = {
  options: { origin: ['origin'], credentials: 'credentials' },
  defaults: { origin: 'wildcard', credentials: false },
  origin: {
    true: 'reflect',
    star: 'wildcard',
    string: 'fixed',
    // `['*']` compares the text `*` with `===`, and `[true]` passes every origin (`!!entry`).
    array: { compare: 'exact', star: 'never-matches', empty: 'nothing', truthyEntries: true },
    regexp: true,
    // `(origin, cb) => cb(null, value)`: the value replaces `origin`; a returned Promise is ignored.
    callback: { originParameter: 0, answersBy: 'callback', callbackParameter: 1, awaitsReturn: false, answer: 'origin-option' },
  },
  starWithCredentials: 'sends-both',
  vary: 'adds',
  allowlistForm: 'array',
} as const satisfies Omit<FrameworkTable, 'library' | 'sites'>;

/** `cors` (expressjs/cors): `app.use(cors(opts))`. */
export const corsTable: FrameworkTable = {
  library: 'cors',
  sites: [
    {
      kind: 'call',
      exports: [
        { module: 'cors', path: [] },
        { module: 'cors', path: ['default'] },
        // Feathers v5 (`@feathersjs/express` 5.0.50) re-exports cors 2.8.x as `cors`, also on its default export.
        { module: '@feathersjs/express', path: ['cors'] },
        { module: '@feathersjs/express', path: ['default', 'cors'] },
      ],
      options: { argument: 0, paths: [[]], whenAbsent: 'defaults' },
    },
  ],
  ...CORS_PACKAGE_SEMANTICS,
};
