import rule from '../../rules/require-vary-origin';
import { createRuleTester } from '../support/rule-tester';

const ruleTester = createRuleTester();

const ADONIS_FIX = 'Add `Vary: Origin` to every response yourself, for example in a middleware that runs before CORS.';

ruleTester.run('require-vary-origin (libraries)', rule, {
  valid: [
    // Libraries that add Vary themselves are exempt.
    "import cors from 'cors'; app.use(cors({ origin: ['https://app.example.com'] }));",
    "import cors from '@koa/cors'; app.use(cors({ origin: (ctx) => ctx.get('Origin') }));",
    "import { cors } from 'hono/cors'; app.use(cors({ origin: ['https://app.example.com'] }));",
    "import cors from '@fastify/cors'; fastify.register(cors, { origin: true });",
    // Adonis with `*` and no credentials answers the same to everyone.
    "import { defineConfig } from '@adonisjs/cors'; export default defineConfig({ origin: '*', credentials: false });",
    "import { defineConfig } from '@adonisjs/cors'; export default defineConfig({ enabled: false });",
    "import { defineConfig } from 'other-lib'; export default defineConfig({ origin: true });",
    "module.exports = { async headers() { return [{ source: '/api/:path*', has: [{ type: 'header', key: 'origin' }], headers: [{ key: 'Access-Control-Allow-Origin', value: ':origin' }, { key: 'Vary', value: 'Origin' }] }]; } };",
    "module.exports = { async headers() { return [{ source: '/api/:path*', headers: [{ key: 'Access-Control-Allow-Origin', value: 'https://app.example.com' }] }]; } };",
  ],
  invalid: [
    {
      code: "import { defineConfig } from '@adonisjs/cors';\nexport default defineConfig({\n  enabled: true,\n  origin: ['https://app.example.com', 'https://admin.example.com'],\n  credentials: true,\n});",
      errors: [{ messageId: 'libraryOmitsVary', line: 4, data: { library: '@adonisjs/cors', fix: ADONIS_FIX } }],
    },
    { code: "import { defineConfig } from '@adonisjs/cors'; export default defineConfig({});", errors: [{ messageId: 'libraryOmitsVary', data: { library: '@adonisjs/cors', fix: ADONIS_FIX } }] },
    { code: "const { defineConfig } = require('@adonisjs/cors'); module.exports = defineConfig({ origin: (origin, ctx) => origin.endsWith('.example.com') });", errors: [{ messageId: 'libraryOmitsVary' }] },
    {
      code: "module.exports = {\n  async headers() {\n    return [{\n      source: '/api/:path*',\n      has: [{ type: 'header', key: 'origin' }],\n      headers: [{ key: 'Access-Control-Allow-Origin', value: ':origin' }],\n    }];\n  },\n};",
      errors: [{ messageId: 'libraryOmitsVary', line: 6, data: { library: 'Next.js headers()', fix: "Add `{ key: 'Vary', value: 'Origin' }` to the same `headers` list." } }],
    },
  ],
});
