import rule from '../../rules/valid-cors-header-value';
import { createRuleTester } from '../support/rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('valid-cors-header-value (libraries)', rule, {
  valid: [
    "import cors from 'cors'; app.use(cors({ origin: ['https://app.example.com', 'http://localhost:3000', /\\.example\\.com$/] }));",
    "import cors from '@fastify/cors'; fastify.register(cors, { origin: ['https://app.example.com', '*'] });",
    // hapi and middy turn `*` in an entry into a pattern, so globs are not invalid there.
    "import Hapi from '@hapi/hapi'; Hapi.server({ routes: { cors: { origin: ['https://*.example.com'] } } });",
    "import cors from '@middy/http-cors'; middy(fn).use(cors({ origins: ['https://*.example.com'] }));",
    // Elysia compares a bare host with the request host.
    "import { cors } from '@elysiajs/cors'; new Elysia().use(cors({ origin: ['app.example.com'] }));",
    "import cors from '@koa/cors'; app.use(cors({ origin: 'https://app.example.com' }));",
    // The Koa family sends one entry as a single header line, and `[]` as none.
    "import cors from '@koa/cors'; app.use(cors({ origin: ['https://app.example.com'] }));",
    "const cors = require('kcors'); app.use(cors({ origin: [] }));",
    "import { cors } from 'hono/cors'; app.use(cors({ origin: 'https://app.example.com' }));",
    // Look-alikes and shadowing.
    "import { something } from 'elsewhere'; something({ origin: ['https://app.example.com/'] });",
    "import cors from 'cors'; { const cors = (o) => o; cors({ origin: ['https://app.example.com/'] }); }",
    "module.exports = { async headers() { return [{ source: '/api/:path*', headers: [{ key: 'Access-Control-Allow-Origin', value: 'https://app.example.com' }] }]; } };",
  ],
  invalid: [
    {
      code: "import cors from 'cors'; app.use(cors({ origin: ['https://app.example.com/'] }));",
      errors: [
        {
          messageId: 'libraryOriginNeverMatches',
          column: 50,
          data: { library: 'cors', value: 'https://app.example.com/', reason: 'it ends with a slash; an origin has no path', option: 'origin' },
          suggestions: [
            {
              messageId: 'useSerializedOrigin',
              data: { fixed: 'https://app.example.com' },
              output: "import cors from 'cors'; app.use(cors({ origin: ['https://app.example.com'] }));",
            },
          ],
        },
      ],
    },
    {
      code: 'const cors = require("cors"); app.use(cors({ origin: ["https://App.Example.com"] }));',
      errors: [{ messageId: 'libraryOriginNeverMatches', suggestions: [{ messageId: 'useSerializedOrigin', output: 'const cors = require("cors"); app.use(cors({ origin: ["https://app.example.com"] }));' }] }],
    },
    { code: "import cors from 'cors'; app.use(cors({ origin: ['https://app.example.com/login'] }));", errors: [{ messageId: 'libraryOriginNeverMatches', suggestions: [] }] },
    {
      code: "import cors from 'cors'; app.use(cors({ origin: ['https://*.example.com'] }));",
      errors: [{ messageId: 'libraryOriginNeverMatches', data: { library: 'cors', value: 'https://*.example.com', reason: 'wildcard patterns such as `https://*.example.com` are not supported; `*` only works alone', option: 'origin' }, suggestions: [] }],
    },
    {
      code: "import cors from 'cors'; app.use(cors({ origin: ['*'] }));",
      errors: [{ messageId: 'libraryOriginNeverMatches', data: { library: 'cors', value: '*', reason: 'the library compares entries as text, so `*` only matches a request whose Origin is literally `*`', option: 'origin' }, suggestions: [] }],
    },
    { code: "import { cors } from 'hono/cors'; app.use(cors({ origin: ['*'] }));", errors: [{ messageId: 'libraryOriginNeverMatches', suggestions: [] }] },
    {
      // apollo-server-fastify registers @fastify/cors 7, which compares the entry `'*'` as text.
      code: "import { ApolloServer } from 'apollo-server-fastify'; app.register(server.createHandler({ cors: { origin: ['https://app.example.com', '*'] } }));",
      errors: [{ messageId: 'libraryOriginNeverMatches', data: { library: 'apollo-server-fastify', value: '*', reason: 'the library compares entries as text, so `*` only matches a request whose Origin is literally `*`', option: 'origin' }, suggestions: [] }],
    },
    { code: "import { cors } from 'hono/cors'; app.use(cors({ origin: 'app.example.com' }));", errors: [{ messageId: 'libraryOriginNeverMatches', suggestions: [] }] },
    { code: "import cors from '@fastify/cors'; fastify.register(cors, { origin: ['https://app.example.com', 'https://admin.example.com/'] });", errors: [{ messageId: 'libraryOriginNeverMatches', suggestions: [{ messageId: 'useSerializedOrigin', output: "import cors from '@fastify/cors'; fastify.register(cors, { origin: ['https://app.example.com', 'https://admin.example.com'] });" }] }] },
    {
      // A fixed string is sent as is: browsers reject it.
      code: "import cors from 'cors'; app.use(cors({ origin: 'https://app.example.com, https://admin.example.com' }));",
      errors: [{ messageId: 'libraryInvalidOrigin', data: { library: 'cors', value: 'https://app.example.com, https://admin.example.com', reason: 'it holds a list; the header takes exactly one origin', option: 'origin' }, suggestions: [] }],
    },
    { code: "import cors from '@koa/cors'; app.use(cors({ origin: 'https://app.example.com/' }));", errors: [{ messageId: 'libraryInvalidOrigin', suggestions: [{ messageId: 'useSerializedOrigin', output: "import cors from '@koa/cors'; app.use(cors({ origin: 'https://app.example.com' }));" }] }] },
    // The Koa family sends `true` as text and an array of two as two header lines.
    { code: "import cors from '@koa/cors'; app.use(cors({ origin: true }));", errors: [{ messageId: 'libraryInvalidOrigin', suggestions: [] }] },
    { code: "import cors from '@koa/cors'; app.use(cors({ origin: ['https://a.example.com', 'https://b.example.com'] }));", errors: [{ messageId: 'libraryInvalidOrigin', suggestions: [] }] },
    { code: "const cors = require('koa2-cors'); app.use(cors({ origin: ['https://app.example.com/'] }));", errors: [{ messageId: 'libraryInvalidOrigin', data: { library: 'koa2-cors', value: 'https://app.example.com/', reason: 'it ends with a slash; an origin has no path', option: 'origin' }, suggestions: [{ messageId: 'useSerializedOrigin', output: "const cors = require('koa2-cors'); app.use(cors({ origin: ['https://app.example.com'] }));" }] }] },
    { code: "import { NestFactory } from '@nestjs/core'; const app = await NestFactory.create(AppModule); app.enableCors({ origin: ['https://app.example.com/'] });", errors: [{ messageId: 'libraryOriginNeverMatches', suggestions: [{ messageId: 'useSerializedOrigin', output: "import { NestFactory } from '@nestjs/core'; const app = await NestFactory.create(AppModule); app.enableCors({ origin: ['https://app.example.com'] });" }] }] },
    { code: "import { defineConfig } from '@adonisjs/cors'; export default defineConfig({ origin: 'https://app.example.com/,https://admin.example.com' });", errors: [{ messageId: 'libraryOriginNeverMatches', suggestions: [] }] },
    {
      code: "module.exports = { async headers() { return [{ source: '/api/:path*', headers: [{ key: 'Access-Control-Allow-Origin', value: 'https://app.example.com/' }] }]; } };",
      errors: [{ messageId: 'libraryInvalidOrigin', data: { library: 'Next.js headers()', value: 'https://app.example.com/', reason: 'it ends with a slash; an origin has no path', option: 'value' } }],
    },
  ],
});
