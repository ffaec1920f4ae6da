import rule from '../../rules/no-wildcard-with-credentials';
import { createRuleTester } from '../support/rule-tester';

const ruleTester = createRuleTester();

const CORS_FIX = 'Set `origin` to an exact list of trusted origins. For a public API, turn credentials off instead.';

ruleTester.run('no-wildcard-with-credentials (libraries)', rule, {
  valid: [
    // A public `*` without credentials is fine.
    "import cors from 'cors'; app.use(cors());",
    "import cors from 'cors'; app.use(cors({ origin: '*' }));",
    "import cors from 'cors'; app.use(cors({ origin: '*', credentials: false }));",
    "import cors from 'cors'; app.use(cors({ origin: '*', credentials: process.env.CREDENTIALS === 'on' }));",
    "import cors from 'cors'; app.use(cors({ origin: ['https://app.example.com'], credentials: true }));",
    // `['*']` allows nothing in cors (compared as text); valid-cors-header-value reports it.
    "import cors from 'cors'; app.use(cors({ origin: ['*'], credentials: true }));",
    // These libraries turn `*` with credentials into reflection: no-reflected-origin reports them.
    "import cors from '@koa/cors'; app.use(cors({ origin: '*', credentials: true }));",
    "import cors from '@middy/http-cors'; middy(fn).use(cors({ origin: '*', credentials: true }));",
    "import { defineConfig } from '@adonisjs/cors'; export default defineConfig({ origin: '*', credentials: true });",
    "import { createYoga } from 'graphql-yoga'; createYoga({ schema, cors: { origin: '*', credentials: true } });",
    // koa2-cors drops credentials on actual requests when the origin is `*`.
    "const cors = require('koa2-cors'); app.use(cors({ origin: '*', credentials: true }));",
    // Look-alikes.
    "myLib.cors({ origin: '*', credentials: true });",
    "const makeCors = (options) => options; app.use(makeCors({ origin: '*', credentials: true }));",
    "const microCors = require('micro-cors'); module.exports = microCors({ allowCredentials: false })(handler);",
    "module.exports = { async headers() { return [{ source: '/api/:path*', headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }] }, { source: '/me', headers: [{ key: 'Access-Control-Allow-Credentials', value: 'true' }] }]; } };",
  ],
  invalid: [
    {
      code: "import cors from 'cors'; app.use(cors({ origin: '*', credentials: true }));",
      errors: [{ messageId: 'libraryWildcardWithCredentials', column: 41, data: { library: 'cors', cause: '', fix: CORS_FIX } }],
    },
    { code: "const cors = require('cors'); app.use(cors({ credentials: true }));", errors: [{ messageId: 'libraryWildcardWithCredentials', data: { library: 'cors', cause: ' (its defaults)', fix: CORS_FIX } }] },
    { code: "import { NestFactory } from '@nestjs/core'; const app = await NestFactory.create(AppModule, { cors: { credentials: true } });", errors: [{ messageId: 'libraryWildcardWithCredentials' }] },
    { code: "import { Server } from 'socket.io'; new Server(httpServer, { cors: { origin: '*', credentials: true } });", errors: [{ messageId: 'libraryWildcardWithCredentials' }] },
    { code: "import cors from '@fastify/cors'; fastify.register(cors, { origin: '*', credentials: true });", errors: [{ messageId: 'libraryWildcardWithCredentials' }] },
    { code: "import cors from '@fastify/cors'; fastify.register(cors, { origin: ['https://app.example.com', '*'], credentials: true });", errors: [{ messageId: 'libraryWildcardWithCredentials' }] },
    {
      code: "import { cors } from 'hono/cors'; app.use('*', cors({ origin: '*', credentials: true }));",
      errors: [{ messageId: 'libraryWildcardWithCredentials', data: { library: 'hono/cors', cause: '', fix: 'Set `origin` to a function that returns the origin only if an exact allowlist has it. For a public API, turn credentials off instead.' } }],
    },
    { code: "import { cors } from 'hono/cors'; app.use(cors({ credentials: true }));", errors: [{ messageId: 'libraryWildcardWithCredentials' }] },
    { code: "import { cors } from '@tinyhttp/cors'; app.use(cors({ origin: true, credentials: true }));", errors: [{ messageId: 'libraryWildcardWithCredentials' }] },
    { code: "import { handleCors } from 'h3'; handleCors(event, { origin: '*', credentials: true });", errors: [{ messageId: 'libraryWildcardWithCredentials' }] },
    // micro-cors sends `*` and credentials by default.
    {
      code: "const microCors = require('micro-cors'); const cors = microCors(); module.exports = cors(handler);",
      errors: [{ messageId: 'libraryWildcardWithCredentials', data: { library: 'micro-cors', cause: ' (its defaults)', fix: 'Set `origin` to the one trusted origin. For a public API, turn credentials off instead.' } }],
    },
    // Elysia keeps credentials on by default.
    { code: "import { cors } from '@elysiajs/cors'; new Elysia().use(cors({ origin: '*' }));", errors: [{ messageId: 'libraryWildcardWithCredentials' }] },
    {
      code: "module.exports = { async headers() { return [{ source: '/api/:path*', headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }, { key: 'Access-Control-Allow-Credentials', value: 'true' }] }]; } };",
      errors: [{ messageId: 'libraryWildcardWithCredentials', data: { library: 'Next.js headers()', cause: ' for this `source`', fix: 'Set the header in middleware for origins in an exact allowlist.' } }],
    },
    {
      code: "export default { async headers() { return [\n  { source: '/api/:path*', headers: [{ key: 'Access-Control-Allow-Origin', value: '*' }] },\n  { source: '/api/:path*', headers: [{ key: 'Access-Control-Allow-Credentials', value: 'true' }] },\n]; } };",
      errors: [{ messageId: 'libraryWildcardWithCredentials', line: 2 }],
    },
  ],
});
