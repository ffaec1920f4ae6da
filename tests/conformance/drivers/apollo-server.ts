import { readFileSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import { createRequire } from 'node:module';
import {
  apolloServerExpressTable,
  apolloServerFastifyTable,
  apolloServerKoaTable,
  apolloServerTable,
} from '../../../src/frameworks/apollo-server';
import type { ConformanceTarget, LibraryDriver } from '../driver';
import { installedVersion, sendTo, serverTarget } from '../node-server-target';

const require = createRequire(import.meta.url);
// apollo-server-express 3 needs Express 4, which the project's Express 5 keeps from the top level:
// the copy that apollo-server 3.13.0 depends on is loaded, with its Express 4.
const requireFromStandalone = createRequire(require.resolve('apollo-server'));

const typeDefs = 'type Query { ok: String }';
const resolvers = { Query: { ok: () => 'ok' } };

interface ApolloServerV3 {
  start(): Promise<void>;
  stop(): Promise<void>;
}
type ApolloConstructor<Server> = new (config: Record<string, unknown>) => Server;

/** `cors` as the integration receives it: absent when the suite gives no options at all. */
const corsOption = (options: Readonly<Record<string, unknown>> | undefined) => (options === undefined ? {} : { cors: options });

/** apollo-server: `new ApolloServer({ cors }).listen()`, which mounts apollo-server-express on `/`. */
const standalone: LibraryDriver = {
  table: apolloServerTable,
  version: installedVersion('apollo-server'),
  async start(options) {
    const { ApolloServer } = require('apollo-server') as {
      ApolloServer: ApolloConstructor<ApolloServerV3 & { listen(options: object): Promise<{ url: string }> }>;
    };
    const server = new ApolloServer({ typeDefs, resolvers, stopGracePeriodMillis: 0, ...corsOption(options) });
    const { url } = await server.listen({ port: 0, host: '127.0.0.1' });
    return { send: (request) => sendTo(url, request), close: () => server.stop() };
  },
};

/** Starts the Apollo server, mounts it on a Node server through `mount`, and stops both on close. */
async function mounted(server: ApolloServerV3, listener: RequestListener): Promise<ConformanceTarget> {
  const target = await serverTarget(createServer(listener));
  return {
    send: target.send,
    close: async () => {
      await target.close();
      await server.stop();
    },
  };
}

/** apollo-server-express: `server.applyMiddleware({ app, path, cors })` on an Express 4 app. */
const express: LibraryDriver = {
  table: apolloServerExpressTable,
  version: (JSON.parse(readFileSync(requireFromStandalone.resolve('apollo-server-express/package.json'), 'utf8')) as { version: string }).version,
  async start(options) {
    const { ApolloServer } = requireFromStandalone('apollo-server-express') as {
      ApolloServer: ApolloConstructor<ApolloServerV3 & { applyMiddleware(options: object): void }>;
    };
    const app = (requireFromStandalone('express') as () => RequestListener)();
    const server = new ApolloServer({ typeDefs, resolvers });
    await server.start();
    server.applyMiddleware({ app, path: '/', ...corsOption(options) });
    return mounted(server, app);
  },
};

/** apollo-server-koa: `server.applyMiddleware({ app, path, cors })` on a Koa 2 app. */
const koa: LibraryDriver = {
  table: apolloServerKoaTable,
  version: installedVersion('apollo-server-koa'),
  async start(options) {
    const { ApolloServer } = require('apollo-server-koa') as {
      ApolloServer: ApolloConstructor<ApolloServerV3 & { applyMiddleware(options: object): void }>;
    };
    const Koa = require('koa-v2') as new () => { callback(): RequestListener };
    const app = new Koa();
    const server = new ApolloServer({ typeDefs, resolvers });
    await server.start();
    server.applyMiddleware({ app, path: '/', ...corsOption(options) });
    return mounted(server, app.callback());
  },
};

interface FastifyV3 {
  register(plugin: unknown): unknown;
  listen(port: number, host: string): Promise<string>;
  close(): Promise<unknown>;
}

/** apollo-server-fastify: `app.register(server.createHandler({ path, cors }))` on Fastify 3. */
const fastify: LibraryDriver = {
  table: apolloServerFastifyTable,
  version: installedVersion('apollo-server-fastify'),
  async start(options) {
    const { ApolloServer } = require('apollo-server-fastify') as {
      ApolloServer: ApolloConstructor<ApolloServerV3 & { createHandler(options: object): unknown }>;
    };
    const app = (require('fastify-v3') as () => FastifyV3)();
    const server = new ApolloServer({ typeDefs, resolvers });
    await server.start();
    app.register(server.createHandler({ path: '/', ...corsOption(options) }));
    const url = await app.listen(0, '127.0.0.1');
    return {
      send: (request) => sendTo(`${url}/`, request),
      close: async () => {
        await app.close();
        await server.stop();
      },
    };
  },
};

/** Apollo Server 3: standalone, and its Express, Koa and Fastify integrations. */
export default [standalone, express, koa, fastify];
