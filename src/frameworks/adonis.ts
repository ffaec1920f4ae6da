import type { FrameworkTable } from './types';

/** `@adonisjs/cors` v3 `defineConfig`: defaults to `origin: true, credentials: true` and never sends Vary. */
export const adonisCorsTable: FrameworkTable = {
  library: '@adonisjs/cors',
  sites: [
    {
      kind: 'call',
      exports: [{ module: '@adonisjs/cors', path: ['defineConfig'] }],
      options: { argument: 0, paths: [[]], whenAbsent: 'defaults' },
    },
  ],
  options: { origin: ['origin'], credentials: 'credentials', enabled: 'enabled' },
  defaults: { origin: 'reflect', credentials: true },
  origin: {
    true: 'reflect',
    star: 'wildcard',
    string: 'comma-list',
    array: { compare: 'exact', star: 'never-matches', empty: 'nothing' },
    regexp: false,
    // `(origin, ctx) => true | false | string[] | string`, evaluated like the option.
    callback: { originParameter: 0, answersBy: 'return', awaitsReturn: false, answer: 'origin-option' },
  },
  starWithCredentials: 'reflects',
  vary: 'never',
  allowlistForm: 'array',
};
