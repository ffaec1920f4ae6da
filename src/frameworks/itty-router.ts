import type { FrameworkTable } from './types';

const ittyCall = (exportName: string) =>
  ({
    kind: 'call',
    exports: [
      { module: 'itty-router', path: [exportName] },
      { module: `itty-router/${exportName}`, path: [exportName] },
    ],
    options: { argument: 0, paths: [[]], whenAbsent: 'defaults' },
  }) as const;

/**
 * itty-router v5 `cors(opts)` (read from 5.0.24), returning `{ preflight, corsify }`: `true`
 * reflects, a RegExp or an array (`includes`) reflects a match, a function's return value is the
 * header; `'*'` with credentials answers the request Origin. It never writes `Vary`.
 */
export const ittyRouterCorsTable: FrameworkTable = {
  library: 'itty-router (cors)',
  sites: [ittyCall('cors')],
  options: { origin: ['origin'], credentials: 'credentials' },
  defaults: { origin: 'wildcard', credentials: false },
  origin: {
    true: 'reflect',
    star: 'wildcard',
    string: 'fixed',
    array: { compare: 'exact', star: 'never-matches', empty: 'nothing' },
    regexp: true,
    // `(origin) => value`, called with the request Origin; a returned Promise is not awaited.
    callback: { originParameter: 0, answersBy: 'return', awaitsReturn: false, answer: 'allow-origin' },
  },
  starWithCredentials: 'reflects',
  vary: 'never',
  allowlistForm: 'array',
};

/**
 * itty-router v4 `createCors(opts)` (read from 4.2.2): `origins` defaults to `['*']`, and a `'*'`
 * entry or a function returning true reflects the request Origin. It has no credentials option
 * (credentials go in `headers`), answers a preflight only when it carries
 * `Access-Control-Request-Headers`, and never writes `Vary`.
 */
export const ittyRouterCreateCorsTable: FrameworkTable = {
  library: 'itty-router v4 (createCors)',
  sites: [ittyCall('createCors')],
  options: { origin: ['origins'] },
  defaults: { origin: 'reflect', credentials: false },
  origin: {
    star: 'reflect',
    // Typed as a list; a string is searched with `String#includes`.
    string: 'exact-match',
    array: { compare: 'exact', star: 'reflect', empty: 'nothing' },
    regexp: false,
    callback: { originParameter: 0, answersBy: 'return', awaitsReturn: false, answer: 'boolean' },
  },
  starWithCredentials: 'reflects',
  vary: 'never',
  allowlistForm: 'array',
  versionNote: 'itty-router v5 replaced `createCors` with `cors`',
};
