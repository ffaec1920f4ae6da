import type { FrameworkTable } from './types';
import { adonisCorsTable } from './adonis';
import { apolloServerExpressTable, apolloServerFastifyTable, apolloServerKoaTable, apolloServerTable } from './apollo-server';
import { corsTable } from './cors';
import { elysiaCorsTable } from './elysia';
import { fastifyCorsLegacyTable, fastifyCorsTable } from './fastify-cors';
import { graphqlYogaTable } from './graphql-yoga';
import { h3CorsTable } from './h3';
import { hapiTable } from './hapi';
import { honoCorsTable } from './hono';
import { ittyRouterCorsTable, ittyRouterCreateCorsTable } from './itty-router';
import { kcorsTable, koa2CorsTable, koaCorsLegacyTable, koaCorsTable } from './koa-cors';
import { middyCorsTable } from './middy';
import { microCorsTable } from './micro-cors';
import { nestExpressTable, nestFastifyTable } from './nestjs';
import { nextjsCorsTable } from './nextjs-cors';
import { oakCorsTable } from './oak-cors';
import { restifyCorsTable } from './restify';
import { socketIoTable } from './socket-io';
import { tinyhttpCorsTable } from './tinyhttp';

export type * from './types';
export { nextConfigTable } from './next-config';

/** Every CORS library the analysis knows; adding a library means adding a table here. */
export const FRAMEWORK_TABLES: readonly FrameworkTable[] = [
  corsTable,
  nestExpressTable,
  nestFastifyTable,
  socketIoTable,
  apolloServerTable,
  apolloServerExpressTable,
  apolloServerKoaTable,
  apolloServerFastifyTable,
  nextjsCorsTable,
  fastifyCorsTable,
  koaCorsTable,
  kcorsTable,
  koa2CorsTable,
  honoCorsTable,
  elysiaCorsTable,
  graphqlYogaTable,
  hapiTable,
  restifyCorsTable,
  middyCorsTable,
  microCorsTable,
  tinyhttpCorsTable,
  adonisCorsTable,
  h3CorsTable,
  oakCorsTable,
  fastifyCorsLegacyTable,
  ittyRouterCorsTable,
  ittyRouterCreateCorsTable,
  koaCorsLegacyTable,
];
