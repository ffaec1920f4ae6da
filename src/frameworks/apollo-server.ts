import type { FrameworkTable } from './types';
import { CORS_PACKAGE_SEMANTICS } from './cors';
import { FASTIFY_CORS_SEMANTICS, fastifyCorsLegacyTable } from './fastify-cors';
import { KOA_ORIGIN_SEMANTICS } from './koa-cors';

const CORS_OPTION = { argument: 0, paths: [['cors']], whenAbsent: 'defaults' } as const;

/** apollo-server v3 standalone: `new ApolloServer({ cors })`, `*` unless configured (expressjs/cors). */
export const apolloServerTable: FrameworkTable = {
  library: 'apollo-server',
  sites: [
    { kind: 'construct', exports: [{ module: 'apollo-server', path: ['ApolloServer'] }], options: CORS_OPTION },
  ],
  ...CORS_PACKAGE_SEMANTICS,
};

/** apollo-server-express v3: `server.applyMiddleware({ app, cors })` / `getMiddleware({ cors })` (expressjs/cors). */
export const apolloServerExpressTable: FrameworkTable = {
  library: 'apollo-server-express',
  sites: [
    {
      kind: 'method',
      methods: ['applyMiddleware', 'getMiddleware'],
      options: CORS_OPTION,
      gate: { requires: ['apollo-server-express', 'apollo-server-cloud-functions'] },
    },
  ],
  ...CORS_PACKAGE_SEMANTICS,
};

/**
 * apollo-server-koa v3: `cors` absent or `true` mounts `@koa/cors({ origin: '*' })`; an object goes to
 * `@koa/cors` 3.x as is, which reflects every origin when `origin` is unset.
 */
export const apolloServerKoaTable: FrameworkTable = {
  library: 'apollo-server-koa',
  sites: [
    {
      kind: 'method',
      methods: ['applyMiddleware', 'getMiddleware'],
      options: { ...CORS_OPTION, whenAbsent: 'wildcard' },
      gate: { requires: ['apollo-server-koa'] },
    },
  ],
  options: { origin: ['origin'], credentials: 'credentials' },
  defaults: { origin: 'reflect', credentials: false },
  origin: KOA_ORIGIN_SEMANTICS,
  starWithCredentials: 'reflects',
  vary: 'adds',
  allowlistForm: 'koa-context',
};

/**
 * apollo-server-fastify v3: `server.createHandler({ cors })` registers its own `@fastify/cors` 7.0.0
 * (for Fastify 3) with it, which compares a `'*'` array entry as text, like the old name `fastify-cors`.
 */
export const apolloServerFastifyTable: FrameworkTable = {
  library: 'apollo-server-fastify',
  sites: [{ kind: 'method', methods: ['createHandler'], options: CORS_OPTION, gate: { requires: ['apollo-server-fastify'] } }],
  ...FASTIFY_CORS_SEMANTICS,
  origin: fastifyCorsLegacyTable.origin,
};
