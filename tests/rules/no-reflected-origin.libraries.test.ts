import rule from '../../rules/no-reflected-origin';
import { createRuleTester } from '../support/rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-reflected-origin (libraries)', rule, {
  valid: [
    // cors: exact lists, the public default, per-request checks, unknown values.
    "import cors from 'cors'; app.use(cors({ origin: ['https://app.example.com'], credentials: true }));",
    "import cors from 'cors'; app.use(cors());",
    "import cors from 'cors'; const allowed = new Set(['https://app.example.com']); app.use(cors({ origin: (origin, cb) => cb(null, origin !== undefined && allowed.has(origin)) }));",
    "import cors from 'cors'; app.use(cors({ origin: (origin, cb) => { if (!origin) return cb(null, true); cb(null, list.includes(origin)); } }));",
    "import cors from 'cors'; app.use(cors({ origin: process.env.CORS_ORIGIN, credentials: true }));",
    "import cors from 'cors'; app.use(cors({ origin: /^https:\\/\\/app\\.example\\.com$/ }));",
    "import cors from 'cors'; app.use(cors({ ...sharedOptions }));",
    // cors ignores a returned Promise: an async callback that never calls back hangs, it does not allow.
    "import cors from 'cors'; app.use(cors({ origin: async (origin) => true }));",
    // Shadowed and look-alike names are not the library.
    "function cors(options) { return options; } app.use(cors({ origin: true }));",
    "import cors from 'cors'; function setup(cors) { app.use(cors({ origin: true })); }",
    "myLib.cors({ origin: true });",
    "import { cors } from 'some-other-lib'; app.use(cors({ origin: true }));",
    "const cors = require('not-cors'); app.use(cors({ origin: true }));",
    // Shadowing of other libraries' imports.
    "import { cors } from 'hono/cors'; const build = (cors) => cors({ origin: (o) => o }); build(other);",
    "import { createYoga } from 'graphql-yoga'; { const createYoga = (options) => options; createYoga({ schema }); }",
    "import koaCors from '@koa/cors'; function koaCorsLike() {} koaCorsLike({ credentials: true });",
    "const { cors } = require('@tinyhttp/cors'); const elysia = { cors }; elysia.cors({ origin: true });",
    // Nest, apollo and hapi method names only count in files that import the framework.
    'app.enableCors({ origin: true });',
    'server.applyMiddleware({ app, cors: { origin: true } });',
    "server.route({ method: 'GET', path: '/', options: { cors: true } });",
    "import { NestFactory } from '@nestjs/core'; const app = await NestFactory.create(AppModule);",
    "import { NestFactory } from '@nestjs/core'; const app = await NestFactory.create(AppModule, { cors: true });",
    "import { NestFactory } from '@nestjs/core'; const app = await NestFactory.create(AppModule); app.enableCors({ origin: ['https://app.example.com'], credentials: true });",
    // socket.io: CORS is off unless configured.
    "import { Server } from 'socket.io'; const io = new Server(httpServer);",
    "import { Server } from 'socket.io'; const io = new Server(httpServer, { cors: { origin: ['https://app.example.com'], credentials: true } });",
    "import { ApolloServer } from 'apollo-server'; new ApolloServer({ typeDefs, resolvers });",
    "import { ApolloServer } from 'apollo-server-koa'; server.applyMiddleware({ app });",
    "import { ApolloServer } from 'apollo-server-fastify'; app.register(server.createHandler({ cors: { origin: ['https://app.example.com'], credentials: true } }));",
    // @fastify/cors: another plugin with an `origin` option is not CORS.
    "import cors from '@fastify/cors'; await fastify.register(cors, { origin: ['https://app.example.com'] });",
    "import helmet from '@fastify/helmet'; await fastify.register(helmet, { origin: true });",
    // @koa/cors v5 defaults to `*`, which is public, not reflected.
    "import cors from '@koa/cors'; app.use(cors());",
    "import cors from '@koa/cors'; app.use(cors({ origin: 'https://app.example.com', credentials: true }));",
    "import cors from '@koa/cors'; app.use(cors({ origin: (ctx) => { const origin = ctx.get('Origin'); return allowed.has(origin) ? origin : ''; }, credentials: true }));",
    "import cors from '@koa/cors'; app.use(cors({ origin: (ctx) => { if (allowed.has(ctx.get('Origin'))) return ctx.get('Origin'); } }));",
    "import { cors } from 'hono/cors'; app.use('/api/*', cors({ origin: ['https://app.example.com'], credentials: true }));",
    "import { cors } from 'hono/cors'; app.use('/api/*', cors({ origin: (origin) => (allowed.has(origin) ? origin : null) }));",
    "import { cors } from '@elysiajs/cors'; new Elysia().use(cors({ origin: ['https://app.example.com'] }));",
    "import { createYoga } from 'graphql-yoga'; createYoga({ schema, cors: false });",
    "import { createYoga } from 'graphql-yoga'; createYoga({ schema, cors: { origin: 'https://app.example.com' } });",
    "import Hapi from '@hapi/hapi'; Hapi.server({ port: 3000 });",
    "import Hapi from '@hapi/hapi'; Hapi.server({ routes: { cors: { origin: ['https://app.example.com'], credentials: true } } });",
    "import Hapi from '@hapi/hapi'; Hapi.server({ routes: { cors: { origin: 'ignore' } } });",
    "const corsMiddleware = require('restify-cors-middleware2'); corsMiddleware({ origins: ['https://app.example.com'] });",
    "import cors from '@middy/http-cors'; middy(handler).use(cors({ origin: 'https://app.example.com', credentials: true }));",
    "import cors from '@middy/http-cors'; middy(handler).use(cors({ credentials: true }));",
    "import { defineConfig } from '@adonisjs/cors'; export default defineConfig({ enabled: false });",
    "import { defineConfig } from '@adonisjs/cors'; export default defineConfig({ origin: ['https://app.example.com'] });",
    "import { handleCors } from 'h3'; handleCors(event, { origin: ['https://app.example.com'] });",
    // tinyhttp's `origin: true` answers `*`, not the request origin.
    "import { cors } from '@tinyhttp/cors'; app.use(cors({ origin: true }));",
    "import microCors from 'micro-cors'; module.exports = microCors({ origin: 'https://app.example.com' })(handler);",
    "module.exports = { async headers() { return [{ source: '/api/:path*', headers: [{ key: 'Access-Control-Allow-Origin', value: 'https://app.example.com' }] }]; } };",
    "module.exports = { async headers() { return [{ source: '/api/:path*', has: [{ type: 'header', key: 'origin', value: '(?<origin>https://app\\\\.example\\\\.com)' }], headers: [{ key: 'Access-Control-Allow-Origin', value: ':origin' }] }]; } };",
  ],
  invalid: [
    {
      code: "import cors from 'cors'; app.use(cors({ origin: true, credentials: true }));",
      errors: [
        {
          messageId: 'libraryReflectsOrigin',
          line: 1,
          column: 41,
          data: {
            library: 'cors',
            cause: 'it echoes the request Origin for `origin: true`',
            credentials: ' together with `Access-Control-Allow-Credentials: true`',
            attackerOrigin: 'https://evil.example',
            impact: " with the visitor's cookies",
            fix: 'Set `origin` to an exact list of trusted origins.',
          },
        },
      ],
    },
    { code: "import * as cors from 'cors'; app.use(cors({ origin: true }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import { default as makeCors } from 'cors'; app.use(makeCors({ origin: true }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "const cors = require('cors'); app.use(cors({ origin: true }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "const { default: cors } = require('cors'); app.use(cors({ origin: true }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "const corsLib = require('cors'); const allow = corsLib; app.use(allow({ origin: true }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import cors = require('cors'); app.use(cors({ origin: true }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "app.use(require('cors')({ origin: true }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    {
      code: "import cors from 'cors';\nconst corsOptions = {\n  origin: true,\n  credentials: true,\n};\napp.use(cors(corsOptions));",
      errors: [{ messageId: 'libraryReflectsOrigin', line: 3 }],
    },
    {
      code: "import cors from 'cors'; app.use(cors({ origin: (origin, callback) => callback(null, true) }));",
      errors: [{ messageId: 'libraryReflectsOrigin', data: { library: 'cors', cause: 'its `origin` callback allows every origin', credentials: '', attackerOrigin: 'https://evil.example', impact: '', fix: 'Set `origin` to an exact list of trusted origins.' } }],
    },
    { code: "import cors from 'cors'; app.use(cors({ origin(origin, cb) { cb(null, origin); } }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    {
      code: "import cors from 'cors'; function allowAll(origin, callback) { callback(null, true); } app.use(cors({ origin: allowAll, credentials: true }));",
      errors: [{ messageId: 'libraryReflectsOrigin' }],
    },
    { code: "import cors from 'cors'; app.use(cors({ origin: /.*/ }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import cors from 'cors'; app.use(cors({ origin: [true] }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import cors from '@fastify/cors'; fastify.register(cors, { origin: ['https://app.example.com', true] });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import { NestFactory } from '@nestjs/core'; import { FastifyAdapter } from '@nestjs/platform-fastify'; await NestFactory.create(AppModule, new FastifyAdapter(), { cors: { origin: [true] } });", errors: [{ messageId: 'libraryReflectsOrigin', data: { library: 'NestJS (Fastify)', cause: 'it treats a non-string entry in `origin` as "allow"', credentials: '', attackerOrigin: 'https://evil.example', impact: '', fix: 'Set `origin` to an exact list of trusted origins.' } }] },
    // NestJS (Express adapter → cors) and the Fastify adapter (→ @fastify/cors).
    {
      code: "import { NestFactory } from '@nestjs/core'; const app = await NestFactory.create(AppModule); app.enableCors({ origin: true, credentials: true });",
      errors: [{ messageId: 'libraryReflectsOrigin', data: { library: 'NestJS', cause: 'it echoes the request Origin for `origin: true`', credentials: ' together with `Access-Control-Allow-Credentials: true`', attackerOrigin: 'https://evil.example', impact: " with the visitor's cookies", fix: 'Set `origin` to an exact list of trusted origins.' } }],
    },
    {
      code: "import { NestFactory } from '@nestjs/core'; const app = await NestFactory.create(AppModule, { cors: { origin: true, credentials: true } });",
      errors: [{ messageId: 'libraryReflectsOrigin' }],
    },
    {
      code: "import * as core from '@nestjs/core'; const app = await core.NestFactory.create(AppModule, { cors: { origin: (o, cb) => cb(null, true) } });",
      errors: [{ messageId: 'libraryReflectsOrigin' }],
    },
    {
      code: "import { Module } from '@nestjs/common'; export async function bootstrap(app) { app.enableCors({ origin: true }); }",
      errors: [{ messageId: 'libraryReflectsOrigin' }],
    },
    {
      code: "import { NestFactory } from '@nestjs/core'; import { FastifyAdapter } from '@nestjs/platform-fastify'; const app = await NestFactory.create(AppModule, new FastifyAdapter(), { cors: { origin: true } });",
      errors: [{ messageId: 'libraryReflectsOrigin', data: { library: 'NestJS (Fastify)', cause: 'it echoes the request Origin for `origin: true`', credentials: '', attackerOrigin: 'https://evil.example', impact: '', fix: 'Set `origin` to an exact list of trusted origins.' } }],
    },
    {
      code: "import { WebSocketGateway } from '@nestjs/websockets'; @WebSocketGateway({ cors: { origin: true, credentials: true } }) export class EventsGateway {}",
      errors: [{ messageId: 'libraryReflectsOrigin' }],
    },
    // socket.io
    {
      code: "import { Server } from 'socket.io'; const io = new Server(httpServer, { cors: { origin: true, credentials: true } });",
      errors: [{ messageId: 'libraryReflectsOrigin', data: { library: 'socket.io', cause: 'it echoes the request Origin for `origin: true`', credentials: ' together with `Access-Control-Allow-Credentials: true`', attackerOrigin: 'https://evil.example', impact: " with the visitor's cookies", fix: 'Set `origin` to an exact list of trusted origins.' } }],
    },
    { code: "const io = require('socket.io')(httpServer, { cors: { origin: true } });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "const { Server: IoServer } = require('socket.io'); new IoServer({ cors: { origin: (o, cb) => cb(null, o) } });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    // apollo-server v3
    {
      code: "import { ApolloServer } from 'apollo-server'; const server = new ApolloServer({ typeDefs, resolvers, cors: { origin: true, credentials: true } });",
      errors: [{ messageId: 'libraryReflectsOrigin' }],
    },
    {
      code: "const { ApolloServer } = require('apollo-server-express'); server.applyMiddleware({ app, cors: { origin: true, credentials: true } });",
      errors: [{ messageId: 'libraryReflectsOrigin', data: { library: 'apollo-server-express', cause: 'it echoes the request Origin for `origin: true`', credentials: ' together with `Access-Control-Allow-Credentials: true`', attackerOrigin: 'https://evil.example', impact: " with the visitor's cookies", fix: 'Set `origin` to an exact list of trusted origins.' } }],
    },
    {
      // apollo-server-koa hands an object to @koa/cors 3, which reflects when `origin` is unset.
      code: "import { ApolloServer } from 'apollo-server-koa'; server.applyMiddleware({ app, cors: { credentials: true } });",
      errors: [{ messageId: 'libraryReflectsOrigin' }],
    },
    {
      code: "import { ApolloServer } from 'apollo-server-fastify'; app.register(server.createHandler({ cors: { origin: (origin, cb) => cb(null, true), credentials: true } }));",
      errors: [{ messageId: 'libraryReflectsOrigin', data: { library: 'apollo-server-fastify', cause: 'its `origin` callback allows every origin', credentials: '', attackerOrigin: 'https://evil.example', impact: " with the visitor's cookies", fix: 'Set `origin` to an exact list of trusted origins.' } }],
    },
    { code: "import NextCors from 'nextjs-cors'; await NextCors(req, res, { origin: true, methods: ['GET'] });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    // @fastify/cors and fastify-cors, every way to pass the plugin.
    {
      code: "import cors from '@fastify/cors'; await fastify.register(cors, { origin: true, credentials: true });",
      errors: [{ messageId: 'libraryReflectsOrigin', data: { library: '@fastify/cors', cause: 'it echoes the request Origin for `origin: true`', credentials: ' together with `Access-Control-Allow-Credentials: true`', attackerOrigin: 'https://evil.example', impact: " with the visitor's cookies", fix: 'Set `origin` to an exact list of trusted origins.' } }],
    },
    { code: "import { fastifyCors } from '@fastify/cors'; fastify.register(fastifyCors, { origin: true });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "fastify.register(import('@fastify/cors'), { origin: true });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "fastify.register(require('@fastify/cors'), { origin: true });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "const fastifyCors = require('fastify-cors'); fastify.register(fastifyCors, { origin: true });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import cors from '@fastify/cors'; fastify.register(cors, { origin: async (origin) => true });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import cors from '@fastify/cors'; fastify.register(cors, { origin: ['*', /.*/] });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    // Koa family
    {
      code: "import cors from '@koa/cors'; app.use(cors({ credentials: true }));",
      errors: [
        {
          messageId: 'libraryReflectsOrigin',
          column: 39,
          data: {
            library: '@koa/cors',
            cause: 'with credentials on and no `origin`, its default `*` becomes an echo',
            credentials: ' together with `Access-Control-Allow-Credentials: true`',
            attackerOrigin: 'https://evil.example',
            impact: " with the visitor's cookies",
            fix: "Set `origin` to a function that returns `ctx.get('Origin')` only if an exact allowlist has it, else `''`.",
          },
        },
      ],
    },
    {
      code: "const cors = require('@koa/cors'); app.use(cors({ origin: '*', credentials: true }));",
      errors: [{ messageId: 'libraryReflectsOrigin', data: { library: '@koa/cors', cause: 'it turns `*` with credentials into an echo of the request Origin', credentials: ' together with `Access-Control-Allow-Credentials: true`', attackerOrigin: 'https://evil.example', impact: " with the visitor's cookies", fix: "Set `origin` to a function that returns `ctx.get('Origin')` only if an exact allowlist has it, else `''`." } }],
    },
    { code: "import cors from '@koa/cors'; app.use(cors({ origin: (ctx) => ctx.get('Origin') }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import cors from '@koa/cors'; app.use(cors({ origin: async (ctx) => { return ctx.request.header.origin; } }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "const kcors = require('kcors'); app.use(kcors());", errors: [{ messageId: 'libraryReflectsOrigin', data: { library: 'kcors', cause: 'it echoes the request Origin by default when `origin` is not set', credentials: '', attackerOrigin: 'https://evil.example', impact: '', fix: "Set `origin` to a function that returns `ctx.get('Origin')` only if an exact allowlist has it, else `''`." } }] },
    { code: "const cors = require('koa2-cors'); app.use(cors({ credentials: true }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    // hono
    {
      code: "import { cors } from 'hono/cors'; app.use('/api/*', cors({ origin: (origin) => origin, credentials: true }));",
      errors: [{ messageId: 'libraryReflectsOrigin', data: { library: 'hono/cors', cause: 'its `origin` callback allows every origin', credentials: ' together with `Access-Control-Allow-Credentials: true`', attackerOrigin: 'https://evil.example', impact: " with the visitor's cookies", fix: 'Set `origin` to a function that returns the origin only if an exact allowlist has it.' } }],
    },
    { code: "import { cors as honoCors } from 'hono/cors'; app.use(honoCors({ origin: (origin, c) => { return origin || '*'; } }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import { cors } from 'hono/cors'; app.use(cors({ origin: (origin, c) => c.req.header('origin') }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    // Elysia reflects with credentials by default.
    {
      code: "import { cors } from '@elysiajs/cors'; new Elysia().use(cors());",
      errors: [{ messageId: 'libraryReflectsOrigin', column: 57, data: { library: '@elysiajs/cors', cause: 'it echoes the request Origin by default when `origin` is not set', credentials: ' together with `Access-Control-Allow-Credentials: true`', attackerOrigin: 'https://evil.example', impact: " with the visitor's cookies", fix: 'Set `origin` to an exact list of trusted origins.' } }],
    },
    { code: "import cors from '@elysiajs/cors'; new Elysia().use(cors({ origin: true, maxAge: 600 }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import { cors } from '@elysiajs/cors'; new Elysia().use(cors({ origin: (request) => true }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    // graphql-yoga reflects with credentials unless a list of origins is set.
    {
      code: "import { createYoga } from 'graphql-yoga'; const yoga = createYoga({ schema });",
      errors: [{ messageId: 'libraryReflectsOrigin', data: { library: 'graphql-yoga', cause: 'it echoes the request Origin by default when `origin` is not set', credentials: ' together with `Access-Control-Allow-Credentials: true`', attackerOrigin: 'https://evil.example', impact: " with the visitor's cookies", fix: 'Set `cors` to a function that returns `{ origin }` only for an allowlisted origin, else `false`.' } }],
    },
    { code: "import { createYoga } from 'graphql-yoga'; createYoga({ schema, cors: { origin: '*' } });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import { createYoga } from 'graphql-yoga'; createYoga({ schema, cors: { origin: [] } });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import { createYoga } from 'graphql-yoga'; createYoga({ schema, cors: { methods: ['POST'] } });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "const { createYoga } = require('graphql-yoga'); createYoga({ schema, cors: true });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    // hapi: `cors: true` means `origin: ['*']`, which reflects.
    { code: "import Hapi from '@hapi/hapi'; const server = Hapi.server({ port: 3000, routes: { cors: true } });", errors: [{ messageId: 'libraryReflectsOrigin', data: { library: 'hapi', cause: 'it echoes the request Origin by default when `origin` is not set', credentials: '', attackerOrigin: 'https://evil.example', impact: '', fix: 'Set `origin` to an exact list of trusted origins.' } }] },
    {
      code: "import * as Hapi from '@hapi/hapi'; const server = new Hapi.Server({}); server.route({ method: 'GET', path: '/me', options: { cors: { origin: ['*'], credentials: true } }, handler });",
      errors: [{ messageId: 'libraryReflectsOrigin', data: { library: 'hapi', cause: 'it treats `*` as "echo the request Origin"', credentials: ' together with `Access-Control-Allow-Credentials: true`', attackerOrigin: 'https://evil.example', impact: " with the visitor's cookies", fix: 'Set `origin` to an exact list of trusted origins.' } }],
    },
    { code: "const Hapi = require('@hapi/hapi'); server.route([{ method: 'GET', path: '/', config: { cors: true }, handler }]);", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    // restify-cors-middleware2 never sends `*`: its default `['*']` reflects.
    { code: "const corsMiddleware = require('restify-cors-middleware2'); const cors = corsMiddleware({ allowHeaders: ['Authorization'] });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    {
      code: "import corsMiddleware from 'restify-cors-middleware2'; corsMiddleware({ origins: ['*'], credentials: true, allowCredentialsAllOrigins: true });",
      errors: [{ messageId: 'libraryReflectsOrigin', data: { library: 'restify-cors-middleware2', cause: 'it treats `*` as "echo the request Origin"', credentials: ' together with `Access-Control-Allow-Credentials: true`', attackerOrigin: 'https://evil.example', impact: " with the visitor's cookies", fix: 'Set `origins` to an exact list of trusted origins.' } }],
    },
    // @middy/http-cors turns `*` with credentials into reflection.
    { code: "import cors from '@middy/http-cors'; export const handler = middy(fn).use(cors({ origin: '*', credentials: true }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import cors from '@middy/http-cors'; middy(fn).use(cors({ origins: ['*'], credentials: true }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import cors from '@middy/http-cors'; middy(fn).use(cors({ getOrigin: (incomingOrigin) => incomingOrigin }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    // @adonisjs/cors: `defineConfig` defaults to `origin: true, credentials: true`.
    { code: "import { defineConfig } from '@adonisjs/cors'; export default defineConfig({ enabled: true, methods: ['GET'] });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import { defineConfig } from '@adonisjs/cors'; export default defineConfig({ origin: true });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import { defineConfig } from '@adonisjs/cors'; export default defineConfig({ origin: '*', credentials: true });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import { handleCors } from 'h3'; handleCors(event, { origin: (origin) => true });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import { cors } from '@tinyhttp/cors'; app.use(cors({ origin: (req) => req.headers.origin }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    // Import forms of other libraries.
    { code: "import * as honoCors from 'hono/cors'; app.use(honoCors.cors({ origin: (o) => o }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "const { cors: corsMiddleware } = require('hono/cors'); app.use(corsMiddleware({ origin: (o) => o }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "const { default: koaCors } = require('@koa/cors'); app.use(koaCors({ credentials: true }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import * as koaCors from '@koa/cors'; app.use(koaCors({ origin: '*', credentials: true }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import { default as register } from '@fastify/cors'; const plugin = register; fastify.register(plugin, { origin: true });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import * as yoga from 'graphql-yoga'; yoga.createYoga({ schema });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "const { createYoga: makeYoga } = require('graphql-yoga'); makeYoga({ schema });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "const elysiaCors = require('@elysiajs/cors').cors; app.use(elysiaCors());", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import * as adonis from '@adonisjs/cors'; export default adonis.defineConfig({ origin: true });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "const h3 = require('h3'); h3.appendCorsHeaders(event, { origin: () => true });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "const { server } = require('@hapi/hapi'); server({ routes: { cors: { origin: ['*'] } } });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import { Server as SocketServer } from 'socket.io'; new SocketServer(3000, { cors: { origin: /.+/ } });", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    // Next.js headers(): `:origin` from a `has` condition without a value.
    {
      code: "module.exports = {\n  async headers() {\n    return [{\n      source: '/api/:path*',\n      has: [{ type: 'header', key: 'origin' }],\n      headers: [\n        { key: 'Access-Control-Allow-Origin', value: ':origin' },\n        { key: 'Access-Control-Allow-Credentials', value: 'true' },\n        { key: 'Vary', value: 'Origin' },\n      ],\n    }];\n  },\n};",
      errors: [{ messageId: 'libraryReflectsOrigin', line: 7 }],
    },
  ],
});
