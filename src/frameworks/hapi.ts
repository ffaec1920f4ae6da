import type { FrameworkTable } from './types';

const HAPI_MODULES = ['@hapi/hapi', 'hapi'];

/** hapi route and server `cors`: `true` means `origin: ['*']`, which reflects the request Origin. */
export const hapiTable: FrameworkTable = {
  library: 'hapi',
  sites: [
    {
      kind: 'call',
      exports: HAPI_MODULES.flatMap((module) => [
        { module, path: ['server'] },
        { module, path: ['default', 'server'] },
      ]),
      options: { argument: 0, paths: [['routes', 'cors']], whenAbsent: 'disabled' },
    },
    {
      kind: 'construct',
      exports: HAPI_MODULES.flatMap((module) => [
        { module, path: ['Server'] },
        { module, path: ['default', 'Server'] },
      ]),
      options: { argument: 0, paths: [['routes', 'cors']], whenAbsent: 'disabled' },
    },
    // `server.route({ method, path, options: { cors } })`, legacy `config:`, or an array of routes.
    {
      kind: 'method',
      methods: ['route'],
      options: { argument: 0, paths: [['options', 'cors'], ['config', 'cors']], whenAbsent: 'disabled', arrayOfConfigs: true },
      gate: { requires: HAPI_MODULES },
    },
  ],
  options: { origin: ['origin'], credentials: 'credentials' },
  defaults: { origin: 'reflect', credentials: false },
  origin: {
    star: 'reflect',
    string: 'fixed',
    keywords: { ignore: 'wildcard' },
    // Entries with `*` become `^…$` patterns; `['*']` reflects every origin.
    array: { compare: 'glob', star: 'reflect', empty: 'nothing' },
    regexp: false,
  },
  starWithCredentials: 'reflects',
  vary: 'adds',
  allowlistForm: 'array',
};
