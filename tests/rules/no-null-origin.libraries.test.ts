import rule from '../../rules/no-null-origin';
import { createRuleTester } from '../support/rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-null-origin (libraries)', rule, {
  valid: [
    "import cors from 'cors'; app.use(cors({ origin: ['https://app.example.com', 'https://admin.example.com'] }));",
    "import cors from '@fastify/cors'; fastify.register(cors, { origin: 'https://app.example.com' });",
    // A single origin is sent as is: graphql-yoga never answers `null` for it.
    "import { createYoga } from 'graphql-yoga'; createYoga({ schema, cors: { origin: ['https://app.example.com'] } });",
    "import { createYoga } from 'graphql-yoga'; createYoga({ schema, cors: { origin: 'https://app.example.com' } });",
    // Look-alikes: not a CORS library.
    "import { something } from 'other'; something({ origin: ['null'] });",
    "function cors(o) { return o; } cors({ origin: 'null' });",
    "module.exports = { async headers() { return [{ source: '/(.*)', headers: [{ key: 'Access-Control-Allow-Origin', value: 'https://app.example.com' }] }]; } };",
  ],
  invalid: [
    {
      code: "import cors from 'cors'; app.use(cors({ origin: ['https://app.example.com', 'null'], credentials: true }));",
      errors: [
        {
          messageId: 'libraryNullOrigin',
          column: 77,
          data: { library: 'cors', impact: " with the visitor's cookies" },
          suggestions: [
            {
              messageId: 'removeNullOrigin',
              output: "import cors from 'cors'; app.use(cors({ origin: ['https://app.example.com'], credentials: true }));",
            },
          ],
        },
      ],
    },
    {
      code: "const cors = require('cors'); const allowed = ['null', 'https://app.example.com']; app.use(cors({ origin: allowed }));",
      errors: [
        {
          messageId: 'libraryNullOrigin',
          suggestions: [
            { messageId: 'removeNullOrigin', output: "const cors = require('cors'); const allowed = ['https://app.example.com']; app.use(cors({ origin: allowed }));" },
          ],
        },
      ],
    },
    {
      // The only entry: removing it would change what the list means, so no suggestion.
      code: "import cors from '@fastify/cors'; fastify.register(cors, { origin: ['null'] });",
      errors: [{ messageId: 'libraryNullOrigin', suggestions: [] }],
    },
    { code: "import { cors } from 'hono/cors'; app.use(cors({ origin: 'null' }));", errors: [{ messageId: 'libraryNullOrigin', suggestions: [] }] },
    { code: "const microCors = require('micro-cors'); module.exports = microCors({ origin: 'null' })(handler);", errors: [{ messageId: 'libraryNullOrigin', suggestions: [] }] },
    { code: "import { handleCors } from 'h3'; handleCors(event, { origin: 'null' });", errors: [{ messageId: 'libraryNullOrigin', suggestions: [] }] },
    { code: "import { defineConfig } from '@adonisjs/cors'; export default defineConfig({ origin: 'https://app.example.com,null', credentials: false });", errors: [{ messageId: 'libraryNullOrigin', suggestions: [] }] },
    {
      code: "import cors from '@middy/http-cors'; middy(fn).use(cors({ origins: ['https://app.example.com', 'null'] }));",
      errors: [{ messageId: 'libraryNullOrigin', suggestions: [{ messageId: 'removeNullOrigin', output: "import cors from '@middy/http-cors'; middy(fn).use(cors({ origins: ['https://app.example.com'] }));" }] }],
    },
    {
      code: "import { NestFactory } from '@nestjs/core'; const app = await NestFactory.create(AppModule, { cors: { origin: ['https://app.example.com', 'null'] } });",
      errors: [{ messageId: 'libraryNullOrigin', suggestions: [{ messageId: 'removeNullOrigin', output: "import { NestFactory } from '@nestjs/core'; const app = await NestFactory.create(AppModule, { cors: { origin: ['https://app.example.com'] } });" }] }],
    },
    {
      // graphql-yoga answers `null` (with credentials) to any origin missing from a list of two or more.
      code: "import { createYoga } from 'graphql-yoga'; createYoga({ schema, cors: { origin: ['https://app.example.com', 'https://admin.example.com'] } });",
      errors: [
        {
          messageId: 'libraryNullOnMiss',
          column: 73,
          data: {
            library: 'graphql-yoga',
            credentials: ' together with `Access-Control-Allow-Credentials: true`',
            impact: " with the visitor's cookies",
            note: 'newer @whatwg-node/server releases omit the header on a miss instead',
          },
        },
      ],
    },
    {
      code: "import { createYoga } from 'graphql-yoga'; const origins = ['https://a.example.com', 'https://b.example.com']; createYoga({ schema, cors: { origin: origins, credentials: false } });",
      errors: [{ messageId: 'libraryNullOnMiss', data: { library: 'graphql-yoga', credentials: '', impact: '', note: 'newer @whatwg-node/server releases omit the header on a miss instead' } }],
    },
    {
      code: "module.exports = { async headers() { return [{ source: '/api/:path*', headers: [{ key: 'Access-Control-Allow-Origin', value: 'null' }] }]; } };",
      errors: [{ messageId: 'libraryNullOrigin' }],
    },
  ],
});
