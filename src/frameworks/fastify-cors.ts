import type { FrameworkTable } from './types';

/** @fastify/cors semantics (also Nest on the Fastify adapter; apollo-server-fastify's origin forms are those of the old name). */
export const FASTIFY_CORS_SEMANTICS = {
  options: { origin: ['origin'], credentials: 'credentials' },
  defaults: { origin: 'wildcard', credentials: false },
  origin: {
    true: 'reflect',
    star: 'wildcard',
    string: 'fixed',
    // Unlike `cors`, an array holding `'*'` answers `*`; like it, `[true]` passes every origin (`!!entry`).
    array: { compare: 'exact', star: 'wildcard', empty: 'nothing', truthyEntries: true },
    regexp: true,
    // `function (origin, cb)` or `async (origin) => value`; `true` reflects.
    callback: { originParameter: 0, answersBy: 'callback', callbackParameter: 1, awaitsReturn: true, answer: 'origin-option' },
  },
  starWithCredentials: 'sends-both',
  vary: 'adds',
  allowlistForm: 'array',
} as const satisfies Omit<FrameworkTable, 'library' | 'sites'>;

const registerSite = (module: string) =>
  ({
    kind: 'register',
    method: 'register',
    exports: [
      { module, path: [] },
      { module, path: ['default'] },
      { module, path: ['fastifyCors'] },
    ],
    options: { argument: 1, paths: [[]], whenAbsent: 'defaults' },
  }) as const;

/** `@fastify/cors`: `fastify.register(cors, opts)`. */
export const fastifyCorsTable: FrameworkTable = {
  library: '@fastify/cors',
  sites: [registerSite('@fastify/cors')],
  ...FASTIFY_CORS_SEMANTICS,
};

/**
 * `fastify-cors`, the old name (read from 6.1.0, which re-exports 6.0.3, for Fastify 3): like `cors`,
 * it compares a `'*'` array entry as text and tests other entries for truthiness, and it adds
 * `Vary: Origin` to every response.
 */
export const fastifyCorsLegacyTable: FrameworkTable = {
  library: 'fastify-cors',
  sites: [registerSite('fastify-cors')],
  ...FASTIFY_CORS_SEMANTICS,
  origin: {
    ...FASTIFY_CORS_SEMANTICS.origin,
    array: { compare: 'exact', star: 'never-matches', empty: 'nothing', truthyEntries: true },
  },
};
