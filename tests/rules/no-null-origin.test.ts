import rule from '../../rules/no-null-origin';
import { createRuleTester } from '../support/rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-null-origin', rule, {
  valid: [
    // Exact allowlists of real origins.
    `
      const allowed = new Set(['https://app.example.com', 'https://admin.example.com']);
      app.use((req, res, next) => {
        res.vary('Origin');
        const origin = req.headers.origin;
        if (origin !== undefined && allowed.has(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
        next();
      });
    `,
    // Refusing `null` explicitly is fine.
    `
      app.use((req, res, next) => {
        const origin = req.headers.origin;
        if (origin === 'null') return res.status(403).end();
        next();
      });
    `,
    `
      app.use((req, res, next) => {
        const origin = req.headers.origin;
        if (origin !== 'null' && allowed.has(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
        next();
      });
    `,
    `
      app.use((req, res, next) => {
        if (!(req.headers.origin === 'null')) res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
        next();
      });
    `,
    // The string null compared with something that is not the request origin.
    "if (value === 'null') value = null;",
    "const isNullText = (text) => text === 'null';",
    // A list that is not an origin allowlist.
    "const words = ['null', 'undefined']; export const isKeyword = (value) => words.includes(value);",
    // postMessage: `event.origin` is not CORS.
    `
      window.addEventListener('message', (event) => {
        if (['https://app.example.com', 'null'].includes(event.origin)) render(event.data);
        if (event.origin === 'null') return;
      });
    `,
    "window.onmessage = (event) => { if (new Set(['null']).has(event.origin)) render(event.data); };",
    // A local class named Set is not the built-in.
    `
      import { Set } from './word-set';
      const reserved = new Set(['null', 'https://app.example.com']);
      app.use((req, res, next) => {
        if (reserved.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
        next();
      });
    `,
    // Refusing by not writing the header, or writing an empty value.
    "app.get('/', (req, res) => { if (allowed.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin); });",
    "app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Origin', allowed.has(req.headers.origin) ? req.headers.origin : ''); });",
    // `null` in other headers.
    "app.get('/', (req, res) => { res.setHeader('X-Request-Origin', 'null'); res.setHeader('X-Trace', null); });",
    // Request headers of a client call.
    "fetch('/api', { headers: { 'Access-Control-Allow-Origin': 'null' } });",
  ],
  invalid: [
    // Express: `'null'` in an array allowlist.
    {
      code: `
        const allowed = ['https://app.example.com', 'null'];
        app.use((req, res, next) => {
          const origin = req.headers.origin;
          if (allowed.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
          next();
        });
      `,
      errors: [
        {
          messageId: 'nullInAllowlist',
          line: 2,
          column: 53,
          suggestions: [
            {
              messageId: 'removeNullOrigin',
              output: `
        const allowed = ['https://app.example.com'];
        app.use((req, res, next) => {
          const origin = req.headers.origin;
          if (allowed.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
          next();
        });
      `,
            },
          ],
        },
      ],
    },
    // A Set allowlist, first element, multi-line.
    {
      code: `
        const allowed = new Set([
          'null',
          'https://app.example.com',
        ]);
        app.use(async (ctx, next) => {
          if (allowed.has(ctx.get('Origin'))) ctx.set('Access-Control-Allow-Origin', ctx.get('Origin'));
          await next();
        });
      `,
      errors: [
        {
          messageId: 'nullInAllowlist',
          suggestions: [
            {
              messageId: 'removeNullOrigin',
              output: `
        const allowed = new Set([
          'https://app.example.com',
        ]);
        app.use(async (ctx, next) => {
          if (allowed.has(ctx.get('Origin'))) ctx.set('Access-Control-Allow-Origin', ctx.get('Origin'));
          await next();
        });
      `,
            },
          ],
        },
      ],
    },
    // indexOf on an inline list, with Fastify.
    {
      code: "fastify.addHook('onRequest', async (request, reply) => { if (['https://app.example.com', 'null'].indexOf(request.headers.origin) !== -1) reply.header('Access-Control-Allow-Origin', request.headers.origin); });",
      errors: [
        {
          messageId: 'nullInAllowlist',
          suggestions: [
            {
              messageId: 'removeNullOrigin',
              output: "fastify.addHook('onRequest', async (request, reply) => { if (['https://app.example.com'].indexOf(request.headers.origin) !== -1) reply.header('Access-Control-Allow-Origin', request.headers.origin); });",
            },
          ],
        },
      ],
    },
    // Web and Hono lookups.
    {
      code: "const ok = new Set(['null']); export const GET = (request) => ok.has(request.headers.get('origin')) ? new Response('x') : new Response(null, { status: 403 });",
      errors: [{ messageId: 'nullInAllowlist', suggestions: [{ messageId: 'removeNullOrigin', output: "const ok = new Set([]); export const GET = (request) => ok.has(request.headers.get('origin')) ? new Response('x') : new Response(null, { status: 403 });" }] }],
    },
    {
      code: "app.use('*', async (c, next) => { if (['null'].includes(c.req.header('origin'))) c.header('Access-Control-Allow-Origin', 'null'); await next(); });",
      errors: [
        { messageId: 'nullInAllowlist', suggestions: [{ messageId: 'removeNullOrigin', output: "app.use('*', async (c, next) => { if ([].includes(c.req.header('origin'))) c.header('Access-Control-Allow-Origin', 'null'); await next(); });" }] },
        { messageId: 'nullAllowOrigin' },
      ],
    },
    // A comparison that allows `null`.
    {
      code: `
        app.use((req, res, next) => {
          const origin = req.headers.origin;
          if (origin === 'null' || allowed.has(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
          next();
        });
      `,
      errors: [
        {
          messageId: 'nullComparison',
          line: 4,
          column: 15,
          suggestions: [
            {
              messageId: 'removeNullCheck',
              output: `
        app.use((req, res, next) => {
          const origin = req.headers.origin;
          if (allowed.has(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
          next();
        });
      `,
            },
          ],
        },
      ],
    },
    // In a CORS callback: answering `true` for `null`.
    {
      code: "import cors from 'cors'; app.use(cors({ origin(origin, callback) { if (origin == 'null') return callback(null, true); callback(null, allowed.includes(origin)); } }));",
      errors: [{ messageId: 'nullComparison' }],
    },
    // Returned from a predicate, in Lambda.
    {
      code: "export const handler = async (event) => { const origin = event.headers.origin; const ok = origin === 'null'; return { headers: { 'Access-Control-Allow-Origin': ok ? origin : '' } }; };",
      errors: [{ messageId: 'nullComparison' }],
    },
    // Allow-Origin written as the literal `null`, per API.
    {
      code: "app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Origin', 'null'); res.end(); });",
      errors: [{ messageId: 'nullAllowOrigin', line: 1, column: 75 }],
    },
    {
      code: "app.use(async (ctx) => { ctx.set({ 'Access-Control-Allow-Origin': 'null' }); });",
      errors: [{ messageId: 'nullAllowOrigin' }],
    },
    {
      code: "fastify.get('/', (request, reply) => { reply.header('Access-Control-Allow-Origin', 'null').send(); });",
      errors: [{ messageId: 'nullAllowOrigin' }],
    },
    {
      code: "export const GET = () => new Response('ok', { headers: [['Access-Control-Allow-Origin', 'null']] });",
      errors: [{ messageId: 'nullAllowOrigin' }],
    },
    {
      code: "server.route({ method: 'GET', path: '/', handler: (request, h) => h.response('ok').header('Access-Control-Allow-Origin', 'null') });",
      errors: [{ messageId: 'nullAllowOrigin' }],
    },
    {
      code: "app.get('/', ({ set }) => { set.headers['access-control-allow-origin'] = 'null'; });",
      errors: [{ messageId: 'nullAllowOrigin' }],
    },
    // `origin || 'null'`: a fallback to `null`.
    {
      code: "app.get('/', (req, res) => { res.set('Access-Control-Allow-Origin', pick(req) || 'null'); });",
      errors: [{ messageId: 'nullAllowOrigin' }],
    },
    // A value that can be JS `null`.
    {
      code: "app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Origin', allowed.has(req.headers.origin) ? req.headers.origin : null); });",
      errors: [{ messageId: 'jsNullAllowOrigin', line: 1, column: 130 }],
    },
    {
      code: "app.use(async (ctx) => { ctx.set('Access-Control-Allow-Origin', pick(ctx) ?? null); });",
      errors: [{ messageId: 'jsNullAllowOrigin' }],
    },
    {
      code: "app.use('*', async (c, next) => { c.header('Access-Control-Allow-Origin', null); await next(); });",
      errors: [{ messageId: 'jsNullAllowOrigin' }],
    },
    {
      code: `
        export function GET(request) {
          const headers = new Headers();
          let allowOrigin = null;
          if (allowed.has(request.headers.get('origin'))) allowOrigin = request.headers.get('origin');
          headers.set('Access-Control-Allow-Origin', allowOrigin);
          return new Response('ok', { headers });
        }
      `,
      errors: [{ messageId: 'jsNullAllowOrigin', line: 6, column: 54 }],
    },
    {
      code: "export const handler = async (event) => ({ statusCode: 200, headers: { 'Access-Control-Allow-Origin': allowed.has(event.headers.origin) ? event.headers.origin : null } });",
      errors: [{ messageId: 'jsNullAllowOrigin' }],
    },
  ],
});
