import type { FrameworkTable } from './types';

/** @fastify/cors semantics (also Nest on the Fastify adapter and apollo-server-fastify). */
export const FASTIFY_CORS_SEMANTICS = {
  options: { origin: ['origin'], credentials: 'credentials' },
  defaults: { origin: 'wildcard', credentials: false },
  origin: {
    true: 'reflect',
    star: 'wildcard',
    string: 'fixed',
    // Unlike `cors`, an array holding `'*'` answers `*`.
    array: { compare: 'exact', star: 'wildcard', empty: 'nothing' },
    regexp: true,
    // `function (origin, cb)` or `async (origin) => value`; `true` reflects.
    callback: { originParameter: 0, answersBy: 'callback', callbackParameter: 1, awaitsReturn: true, answer: 'origin-option' },
  },
  starWithCredentials: 'sends-both',
  vary: 'adds',
  allowlistForm: 'array',
} as const satisfies Omit<FrameworkTable, 'library' | 'sites'>;

const PLUGIN_EXPORTS = ['@fastify/cors', 'fastify-cors'].flatMap((module) => [
  { module, path: [] },
  { module, path: ['default'] },
  { module, path: ['fastifyCors'] },
]);

/** `@fastify/cors` and its old name `fastify-cors`: `fastify.register(cors, opts)`. */
export const fastifyCorsTable: FrameworkTable = {
  library: '@fastify/cors',
  sites: [{ kind: 'register', method: 'register', exports: PLUGIN_EXPORTS, options: { argument: 1, paths: [[]], whenAbsent: 'defaults' } }],
  ...FASTIFY_CORS_SEMANTICS,
};
