import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { FrameworkTable } from '../../../src/frameworks';
import { nestExpressTable, nestFastifyTable } from '../../../src/frameworks/nestjs';
import type { LibraryDriver } from '../driver';
import { installedVersion, sendTo } from '../node-server-target';

// The decorators are applied as functions: the project compiles without `experimentalDecorators`.
class RootController {
  index() {
    return 'ok';
  }
}
Get()(RootController.prototype, 'index', Object.getOwnPropertyDescriptor(RootController.prototype, 'index')!);
Controller()(RootController);

class AppModule {}
Module({ controllers: [RootController] })(AppModule);

/**
 * Options go through `NestFactory.create(AppModule, adapter, { cors })`; no options at all is
 * `app.enableCors()` with no argument, the defaults row (the factory without `cors` turns CORS off).
 */
function nestDriver(table: FrameworkTable, createAdapter: () => ExpressAdapter | FastifyAdapter): LibraryDriver {
  return {
    table,
    version: installedVersion('@nestjs/core'),
    async start(options) {
      const cors = options as never;
      const app = await NestFactory.create(AppModule, createAdapter(), {
        logger: false,
        forceCloseConnections: true,
        ...(options === undefined ? {} : { cors }),
      });
      if (options === undefined) app.enableCors();
      await app.listen(0, '127.0.0.1');
      const { port } = (app.getHttpServer() as { address(): AddressInfo }).address();
      return { send: (request) => sendTo(`http://127.0.0.1:${port}/`, request), close: () => app.close() };
    },
  };
}

/** NestJS 12 on its default Express adapter (`cors` underneath) and on `FastifyAdapter` (`@fastify/cors`). */
export default [nestDriver(nestExpressTable, () => new ExpressAdapter()), nestDriver(nestFastifyTable, () => new FastifyAdapter())];
