import type { FrameworkTable, ImportGate } from './types';
import { CORS_PACKAGE_SEMANTICS } from './cors';
import { FASTIFY_CORS_SEMANTICS } from './fastify-cors';

const FASTIFY_ADAPTER = '@nestjs/platform-fastify';

/** `NestFactory.create(AppModule, [adapter,] { cors })`: the options are the last argument. */
const factorySite = (gate: ImportGate) =>
  ({
    kind: 'call',
    exports: [{ module: '@nestjs/core', path: ['NestFactory', 'create'] }],
    options: { argument: 'last', paths: [['cors']], whenAbsent: 'disabled' },
    gate,
  }) as const;

/** `app.enableCors(opts)`: `app` comes from an awaited factory call, so any receiver counts in a Nest file. */
const enableCorsSite = (gate: ImportGate & { requires: readonly string[] }) =>
  ({ kind: 'method', methods: ['enableCors'], options: { argument: 0, paths: [[]], whenAbsent: 'defaults' }, gate }) as const;

/** NestJS on the default Express adapter hands its options to `cors`. */
export const nestExpressTable: FrameworkTable = {
  library: 'NestJS',
  sites: [factorySite({ excludes: [FASTIFY_ADAPTER] }), enableCorsSite({ requires: ['@nestjs/'], excludes: [FASTIFY_ADAPTER] })],
  ...CORS_PACKAGE_SEMANTICS,
};

/** NestJS on `FastifyAdapter` registers `@fastify/cors` with the options. */
export const nestFastifyTable: FrameworkTable = {
  library: 'NestJS (Fastify)',
  sites: [factorySite({ requires: [FASTIFY_ADAPTER] }), enableCorsSite({ requires: [FASTIFY_ADAPTER] })],
  ...FASTIFY_CORS_SEMANTICS,
};
