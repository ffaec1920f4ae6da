import type { FrameworkTable } from './types';

/** The Koa family: `origin` is the header value itself, a string or `(ctx) => string` (falsy skips CORS). */
export const KOA_ORIGIN_SEMANTICS = {
  true: 'invalid',
  star: 'wildcard',
  string: 'fixed',
  // Each entry becomes its own Allow-Origin line: two or more are rejected by browsers, one is a
  // fixed value, and `[]` sends none.
  array: { compare: 'invalid', star: 'never-matches', empty: 'nothing', singleIsFixed: true },
  regexp: false,
  callback: { answersBy: 'return', awaitsReturn: true, answer: 'allow-origin' },
} as const satisfies FrameworkTable['origin'];

const koaCall = (module: string) =>
  ({
    kind: 'call',
    exports: [
      { module, path: [] },
      { module, path: ['default'] },
    ],
    options: { argument: 0, paths: [[]], whenAbsent: 'defaults' },
  }) as const;

/** `@koa/cors` v5: `*` by default, but `*` with credentials becomes the request Origin. */
export const koaCorsTable: FrameworkTable = {
  library: '@koa/cors',
  sites: [koaCall('@koa/cors')],
  options: { origin: ['origin'], credentials: 'credentials' },
  defaults: { origin: 'wildcard', credentials: false },
  origin: KOA_ORIGIN_SEMANTICS,
  starWithCredentials: 'reflects',
  vary: 'adds',
  allowlistForm: 'koa-context',
  versionNote: 'before v5, @koa/cors reflected every origin by default',
};

/** `kcors` 2 (the old name of @koa/cors): reflects by default; `*` with credentials sends both. */
export const kcorsTable: FrameworkTable = {
  library: 'kcors',
  sites: [koaCall('kcors')],
  options: { origin: ['origin'], credentials: 'credentials' },
  defaults: { origin: 'reflect', credentials: false },
  // A returned Promise is not awaited.
  origin: { ...KOA_ORIGIN_SEMANTICS, callback: { ...KOA_ORIGIN_SEMANTICS.callback, awaitsReturn: false } },
  starWithCredentials: 'sends-both',
  vary: 'adds',
  allowlistForm: 'koa-context',
};

/** `koa2-cors`: `options.origin || ctx.get('Origin') || '*'`, so it reflects by default. */
export const koa2CorsTable: FrameworkTable = {
  library: 'koa2-cors',
  sites: [koaCall('koa2-cors')],
  options: { origin: ['origin'], credentials: 'credentials' },
  defaults: { origin: 'reflect', credentials: false },
  origin: { ...KOA_ORIGIN_SEMANTICS, callback: { ...KOA_ORIGIN_SEMANTICS.callback, awaitsReturn: false } },
  starWithCredentials: 'drops-credentials',
  vary: 'adds',
  allowlistForm: 'koa-context',
};
