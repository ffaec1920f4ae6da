import type { FrameworkTable } from './types';

/**
 * graphql-yoga (`@whatwg-node/server` useCORS): without an origin, with `'*'` or with `[]` it reflects
 * the request Origin with credentials; a list of two or more answers `null` to an unlisted origin.
 */
export const graphqlYogaTable: FrameworkTable = {
  library: 'graphql-yoga',
  sites: [
    {
      kind: 'call',
      exports: [
        { module: 'graphql-yoga', path: ['createYoga'] },
        { module: '@graphql-yoga/node', path: ['createServer'] },
        { module: '@graphql-yoga/common', path: ['createServer'] },
      ],
      options: { argument: 0, paths: [['cors']], whenAbsent: 'defaults' },
    },
  ],
  options: { origin: ['origin'], credentials: 'credentials' },
  // Credentials default to true whenever the answer is not `*`, which is always the case here.
  defaults: { origin: 'reflect', credentials: true },
  origin: {
    star: 'reflect',
    string: 'fixed',
    array: {
      compare: 'exact',
      star: 'reflect',
      empty: 'reflect',
      singleIsFixed: true,
      missAnswer: 'null',
      missNote: 'newer @whatwg-node/server releases omit the header on a miss instead',
    },
    regexp: false,
  },
  starWithCredentials: 'reflects',
  vary: 'adds',
  allowlistForm: 'yoga-factory',
};
