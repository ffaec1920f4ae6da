import type { FrameworkTable } from './types';

/**
 * `@middy/http-cors` (read from v7.9.2; v6.4.5 compared): `'*'` with credentials answers the
 * incoming origin instead. v7 lowercases origins (and converts IDNs to punycode) before comparing,
 * escapes every pattern character of a `*` entry (v6 escaped only dots), and adds `Vary: Origin`
 * also when a one-entry list answers the request origin; the answers below are the same.
 */
export const middyCorsTable: FrameworkTable = {
  library: '@middy/http-cors',
  sites: [
    {
      kind: 'call',
      exports: [
        { module: '@middy/http-cors', path: [] },
        { module: '@middy/http-cors', path: ['default'] },
      ],
      options: { argument: 0, paths: [[]], whenAbsent: 'defaults' },
    },
  ],
  options: { origin: ['getOrigin', 'origins', 'origin'], credentials: 'credentials' },
  defaults: { origin: 'none', credentials: false },
  origin: {
    star: 'wildcard',
    string: 'fixed',
    // Entries with `*` match one label (`[^.]*`).
    array: { compare: 'glob', star: 'wildcard', empty: 'nothing' },
    regexp: false,
    // `getOrigin(incomingOrigin, options)` returns the header value.
    callback: { originParameter: 0, answersBy: 'return', awaitsReturn: false, answer: 'allow-origin' },
  },
  starWithCredentials: 'reflects',
  vary: 'adds',
  allowlistForm: 'array',
  allowlistKey: 'origins',
  versionNote: 'before v6, @middy/http-cors defaulted to `origin: "*"`',
};
