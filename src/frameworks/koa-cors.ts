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
  // Feathers v5 (`@feathersjs/koa` 5.0.50) re-exports @koa/cors v5 as `cors`.
  sites: [
    koaCall('@koa/cors'),
    { ...koaCall('@feathersjs/koa'), exports: [{ module: '@feathersjs/koa', path: ['cors'] }] },
  ],
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

/**
 * `koa-cors` (read from 0.0.16, a Koa 1 generator middleware; Koa 2 converts it): `origin`
 * defaults to `true`, which answers the request Origin (or `*` without one); a function receives
 * `ctx.request` and its return value is the header. It never writes `Vary`.
 */
export const koaCorsLegacyTable: FrameworkTable = {
  library: 'koa-cors',
  sites: [koaCall('koa-cors')],
  options: { origin: ['origin'], credentials: 'credentials' },
  defaults: { origin: 'reflect', credentials: false },
  origin: {
    true: 'reflect',
    star: 'wildcard',
    string: 'fixed',
    regexp: false,
    callback: { answersBy: 'return', awaitsReturn: false, answer: 'allow-origin' },
  },
  starWithCredentials: 'sends-both',
  vary: 'never',
  allowlistForm: 'koa-context',
};
