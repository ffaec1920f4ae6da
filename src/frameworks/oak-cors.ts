import type { FrameworkTable } from './types';

const MODULES = ['https://deno.land/x/cors/mod.ts', 'https://deno.land/x/cors/oakCors.ts', '@tajpouria/cors'];

/**
 * `oakCors` of Deno's `cors` module (tajpouria/cors 1.2.2, a port of expressjs/cors) for Oak:
 * `app.use(oakCors(opts))`, imported from deno.land/x (any version) or JSR (`jsr:@tajpouria/cors`).
 * It differs from expressjs/cors in three ways: an origin that no entry matches is answered with
 * the text `false`; a callback returns its answer (awaited), and a falsy one skips CORS; and it never
 * adds `Vary: Origin` (it only rewrites a Vary that already names Origin).
 */
export const oakCorsTable: FrameworkTable = {
  library: 'oakCors',
  sites: [
    {
      kind: 'call',
      exports: MODULES.map((module) => ({ module, path: ['oakCors'] })),
      options: { argument: 0, paths: [[]], whenAbsent: 'defaults' },
    },
  ],
  options: { origin: ['origin'], credentials: 'credentials' },
  defaults: { origin: 'wildcard', credentials: false },
  origin: {
    true: 'reflect',
    star: 'wildcard',
    string: 'fixed',
    // Entries are compared with `===` or tested as RegExps; any other entry passes when truthy.
    array: { compare: 'exact', star: 'never-matches', empty: 'nothing', truthyEntries: true, missAnswer: 'false' },
    regexp: true,
    // `(requestOrigin) => value`: the value is read like the `origin` option.
    callback: { originParameter: 0, answersBy: 'return', awaitsReturn: true, answer: 'origin-option' },
  },
  starWithCredentials: 'sends-both',
  vary: 'never',
  allowlistForm: 'array',
};
