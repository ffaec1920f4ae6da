import rule from '../../rules/valid-cors-header-value';
import { createRuleTester } from '../support/rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('valid-cors-header-value', rule, {
  valid: [
    // Valid Allow-Origin values; `*` and `null` are judged by other rules.
    "app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com'); });",
    "app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Origin', 'http://localhost:3000'); });",
    "app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Origin', 'http://[::1]:8080'); });",
    "app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Origin', 'chrome-extension://abcdefghijklmnop'); });",
    "app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Origin', '*'); });",
    "app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Origin', 'null'); });",
    "app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Origin', ['https://app.example.com']); });",
    // A configured value that is later written as Allow-Origin may be compared with `*` (as @koa/cors does).
    `
      function corsMiddleware(options) {
        return async (ctx, next) => {
          let origin = options.origin || '*';
          if (options.credentials && origin === '*') origin = ctx.get('Origin');
          ctx.set('Access-Control-Allow-Origin', origin);
          await next();
        };
      }
    `,
    // Computed values are not judged here.
    "app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Origin', process.env.CORS_ORIGIN); });",
    "app.get('/', (req, res) => { if (allowed.has(req.headers.origin)) res.set('Access-Control-Allow-Origin', req.headers.origin); });",
    // Appending Vary is right; appending Allow-Origin is not.
    "app.get('/', (req, res) => { res.append('Vary', 'Origin'); });",
    // Credentials: exactly `true`; boolean `true` is sent as `true`.
    "app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Credentials', 'true'); });",
    "app.use(async (ctx) => { ctx.set('Access-Control-Allow-Credentials', true); });",
    "export const GET = () => new Response('ok', { headers: { 'Access-Control-Allow-Credentials': 'true' } });",
    // Max-Age: whole seconds up to the longest browser cap.
    "app.options('/', (req, res) => { res.setHeader('Access-Control-Max-Age', 600); });",
    "app.options('/', (req, res) => { res.setHeader('Access-Control-Max-Age', '7200'); });",
    "fastify.options('/', (request, reply) => { reply.header('Access-Control-Max-Age', 60 * 60 * 24); });",
    // Exact allowlists of serialized origins.
    `
      const allowed = new Set(['https://app.example.com', 'http://localhost:5173']);
      app.use((req, res, next) => {
        res.vary('Origin');
        const origin = req.headers.origin;
        if (origin !== undefined && allowed.has(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
        next();
      });
    `,
    "app.use((req, res, next) => { if (req.headers.origin === 'https://app.example.com') res.set('Access-Control-Allow-Origin', req.headers.origin); next(); });",
    "app.use((req, res, next) => { if (req.headers.origin === '') return next(); next(); });",
    // A parsed URL's href does end with a slash.
    "app.use((req, res, next) => { if (new URL(req.headers.origin).href === 'https://app.example.com/') res.set('Access-Control-Allow-Origin', req.headers.origin); next(); });",
    // A list of URLs that is not an origin allowlist.
    "const redirects = ['https://app.example.com/callback', 'https://app.example.com/']; export const ok = (uri) => redirects.includes(uri);",
    // postMessage is not CORS.
    "window.addEventListener('message', (event) => { if (['https://app.example.com/'].includes(event.origin)) render(event.data); });",
    // Request headers of a client call.
    "fetch('/api', { headers: { 'Access-Control-Allow-Origin': 'https://a.example, https://b.example', 'Access-Control-Max-Age': 'soon' } });",
    // Next config entries are judged by the library analysis.
    "module.exports = { async headers() { return [{ source: '/(.*)', headers: [{ key: 'Access-Control-Allow-Credentials', value: 'true' }] }]; } };",
    // Header-named keys in a test's expected value are read back, not sent.
    `
      import assert from 'node:assert';
      const res = await app.inject({ method: 'GET', url: '/' });
      assert.deepStrictEqual(
        { 'access-control-allow-origin': res.headers['access-control-allow-origin'] },
        { 'access-control-allow-origin': 'example.com' },
      );
    `,
    `
      const actualHeaders = { 'access-control-allow-origin': res.headers['access-control-allow-origin'] };
      expect(actualHeaders).toEqual({ 'access-control-allow-origin': 'example.com/' });
    `,
  ],
  invalid: [
    // NestJS @Header on a route handler.
    {
      code: `import { Controller, Get, Header } from '@nestjs/common';
@Controller('x')
export class X { @Get() @Header('Access-Control-Allow-Origin', 'https://a.example.com, https://b.example.com') list() { return []; } }`,
      errors: [{ messageId: 'invalidAllowOrigin', line: 3 }],
    },
    {
      // A headers object handed to a helper of this file is still a header write.
      code: `
        function send(res, headers) { res.writeHead(200, headers); res.end(); }
        const corsHeaders = { 'Access-Control-Allow-Origin': 'https://a.example.com https://b.example.com' };
        http.createServer((req, res) => send(res, corsHeaders));
      `,
      errors: [{ messageId: 'invalidAllowOrigin' }],
    },
    {
      // An exported headers object is used elsewhere; judge it.
      code: "export const CORS_HEADERS = { 'Access-Control-Allow-Origin': 'https://*.example.com' };",
      errors: [{ messageId: 'invalidAllowOrigin' }],
    },
    // A list of origins.
    {
      code: "app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Origin', 'https://a.example.com, https://b.example.com'); });",
      errors: [
        {
          messageId: 'invalidAllowOrigin',
          line: 1,
          column: 75,
          data: { value: 'https://a.example.com, https://b.example.com', reason: 'it holds a list; the header takes exactly one origin' },
        },
      ],
    },
    {
      code: "app.use(async (ctx) => { ctx.set('Access-Control-Allow-Origin', 'https://a.example.com https://b.example.com'); });",
      errors: [{ messageId: 'invalidAllowOrigin', data: { value: 'https://a.example.com https://b.example.com', reason: 'it holds a list; the header takes exactly one origin' } }],
    },
    // A trailing slash, with the fix.
    {
      code: "app.get('/', (req, res) => { res.set('Access-Control-Allow-Origin', 'https://app.example.com/'); });",
      errors: [
        {
          messageId: 'invalidAllowOrigin',
          data: { value: 'https://app.example.com/', reason: 'it ends with a slash; an origin has no path' },
          suggestions: [
            {
              messageId: 'useSerializedOrigin',
              data: { fixed: 'https://app.example.com' },
              output: "app.get('/', (req, res) => { res.set('Access-Control-Allow-Origin', 'https://app.example.com'); });",
            },
          ],
        },
      ],
    },
    // A path.
    {
      code: "fastify.get('/', (request, reply) => { reply.header('Access-Control-Allow-Origin', 'https://app.example.com/app'); });",
      errors: [{ messageId: 'invalidAllowOrigin', data: { value: 'https://app.example.com/app', reason: 'it has a path, query or fragment; an origin has none' } }],
    },
    // A wildcard subdomain pattern.
    {
      code: "app.use('*', async (c, next) => { c.header('Access-Control-Allow-Origin', 'https://*.example.com'); await next(); });",
      errors: [{ messageId: 'invalidAllowOrigin', data: { value: 'https://*.example.com', reason: 'wildcard patterns such as `https://*.example.com` are not supported; `*` only works alone' } }],
    },
    // Surrounding whitespace.
    {
      code: "export const GET = () => new Response('ok', { headers: { 'Access-Control-Allow-Origin': ' https://app.example.com' } });",
      errors: [{ messageId: 'invalidAllowOrigin', data: { value: ' https://app.example.com', reason: 'it has surrounding whitespace' } }],
    },
    // Not an origin at all.
    {
      code: "export const handler = async () => ({ statusCode: 200, headers: { 'Access-Control-Allow-Origin': 'app.example.com' } });",
      errors: [{ messageId: 'invalidAllowOrigin', data: { value: 'app.example.com', reason: 'it is not an origin (`https://host[:port]`)' } }],
    },
    // Upper case and a default port: browsers send the serialized form.
    {
      code: "app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Origin', \"https://App.Example.com:443\"); });",
      errors: [
        {
          messageId: 'invalidAllowOrigin',
          data: { value: 'https://App.Example.com:443', reason: 'it is not in serialized form; browsers send `https://app.example.com`' },
          suggestions: [
            {
              messageId: 'useSerializedOrigin',
              data: { fixed: 'https://app.example.com' },
              output: "app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Origin', \"https://app.example.com\"); });",
            },
          ],
        },
      ],
    },
    // Empty: refuse by not sending the header.
    {
      code: "app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Origin', allowed.has(req.headers.origin) ? req.headers.origin : ''); });",
      errors: [
        {
          messageId: 'invalidAllowOrigin',
          data: { value: "''", reason: 'it is empty; to refuse an origin, send no Access-Control-Allow-Origin at all' },
        },
      ],
    },
    // hapi and Elysia.
    {
      code: "server.route({ method: 'GET', path: '/', handler: (request, h) => h.response('ok').header('Access-Control-Allow-Origin', 'https://app.example.com/') });",
      errors: [
        {
          messageId: 'invalidAllowOrigin',
          suggestions: [
            {
              messageId: 'useSerializedOrigin',
              output: "server.route({ method: 'GET', path: '/', handler: (request, h) => h.response('ok').header('Access-Control-Allow-Origin', 'https://app.example.com') });",
            },
          ],
        },
      ],
    },
    {
      code: "app.get('/', ({ set }) => { set.headers['access-control-allow-origin'] = 'https://a.example.com,https://b.example.com'; });",
      errors: [{ messageId: 'invalidAllowOrigin' }],
    },
    // Two Allow-Origin values on one response.
    {
      code: "app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Origin', ['https://a.example.com', 'https://b.example.com']); });",
      errors: [{ messageId: 'multipleAllowOrigin', data: { how: 'an array sends one header line per element' } }],
    },
    {
      code: "const ORIGINS = ['https://a.example.com', 'https://b.example.com']; app.get('/', (req, res) => { res.set('Access-Control-Allow-Origin', ORIGINS); });",
      errors: [{ messageId: 'multipleAllowOrigin' }],
    },
    {
      code: "app.get('/', (req, res) => { res.set('Access-Control-Allow-Origin', process.env.ORIGINS.split(',').join(', ')); });",
      errors: [{ messageId: 'multipleAllowOrigin', data: { how: '`join` puts every origin of the list into the one value' } }],
    },
    {
      code: "export const GET = () => new Response('ok', { headers: new Headers([['Access-Control-Allow-Origin', 'https://a.example.com'], ['Access-Control-Allow-Origin', 'https://b.example.com']]) });",
      errors: [{ messageId: 'multipleAllowOrigin', data: { how: 'the same headers list already has an Access-Control-Allow-Origin entry' } }],
    },
    {
      code: "http.createServer((req, res) => { res.writeHead(200, ['Access-Control-Allow-Origin', 'https://a.example.com', 'access-control-allow-origin', 'https://b.example.com']); });",
      errors: [{ messageId: 'multipleAllowOrigin' }],
    },
    {
      code: "export const handler = async () => ({ headers: { 'Access-Control-Allow-Origin': 'https://a.example.com', 'access-control-allow-origin': 'https://b.example.com' } });",
      errors: [{ messageId: 'multipleAllowOrigin' }],
    },
    // Appending Allow-Origin, with the set-once fix per API.
    {
      code: "app.get('/', (req, res) => { res.append('Access-Control-Allow-Origin', pick(req)); });",
      errors: [
        {
          messageId: 'appendedAllowOrigin',
          suggestions: [
            { messageId: 'setInsteadOfAppend', data: { method: 'set' }, output: "app.get('/', (req, res) => { res.set('Access-Control-Allow-Origin', pick(req)); });" },
          ],
        },
      ],
    },
    {
      code: "http.createServer((req, res) => { res.appendHeader('Access-Control-Allow-Origin', pick(req)); });",
      errors: [
        {
          messageId: 'appendedAllowOrigin',
          suggestions: [
            { messageId: 'setInsteadOfAppend', data: { method: 'setHeader' }, output: "http.createServer((req, res) => { res.setHeader('Access-Control-Allow-Origin', pick(req)); });" },
          ],
        },
      ],
    },
    {
      code: "app.use(async (ctx) => { ctx.append('Access-Control-Allow-Origin', pick(ctx)); });",
      errors: [
        {
          messageId: 'appendedAllowOrigin',
          suggestions: [{ messageId: 'setInsteadOfAppend', output: "app.use(async (ctx) => { ctx.set('Access-Control-Allow-Origin', pick(ctx)); });" }],
        },
      ],
    },
    {
      code: "export function GET(request) { const headers = new Headers(); headers.append('Access-Control-Allow-Origin', pick(request)); return new Response('', { headers }); }",
      errors: [
        {
          messageId: 'appendedAllowOrigin',
          suggestions: [
            {
              messageId: 'setInsteadOfAppend',
              output: "export function GET(request) { const headers = new Headers(); headers.set('Access-Control-Allow-Origin', pick(request)); return new Response('', { headers }); }",
            },
          ],
        },
      ],
    },
    {
      code: "app.use('*', async (c, next) => { c.header('Access-Control-Allow-Origin', pick(c), { append: true }); await next(); });",
      errors: [{ messageId: 'appendedAllowOrigin' }],
    },
    // Credentials other than exactly `true`.
    {
      code: "app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Credentials', 'TRUE'); });",
      errors: [
        {
          messageId: 'invalidAllowCredentials',
          data: { value: 'TRUE' },
          suggestions: [{ messageId: 'useExactTrue', output: "app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Credentials', 'true'); });" }],
        },
      ],
    },
    {
      code: `
        app.get('/', (req, res) => {
          res.setHeader('Access-Control-Allow-Credentials', 'false');
          res.end();
        });
      `,
      errors: [
        {
          messageId: 'invalidAllowCredentials',
          data: { value: 'false' },
          suggestions: [
            {
              messageId: 'removeCredentialsHeader',
              output: `
        app.get('/', (req, res) => {
          res.end();
        });
      `,
            },
          ],
        },
      ],
    },
    {
      code: "export const handler = async () => ({ headers: { 'Access-Control-Allow-Origin': 'https://app.example.com', 'Access-Control-Allow-Credentials': false } });",
      errors: [
        {
          messageId: 'invalidAllowCredentials',
          data: { value: 'false' },
          suggestions: [
            { messageId: 'removeCredentialsHeader', output: "export const handler = async () => ({ headers: { 'Access-Control-Allow-Origin': 'https://app.example.com' } });" },
          ],
        },
      ],
    },
    {
      code: "app.use('*', async (c, next) => { c.header('Access-Control-Allow-Credentials', 'yes'); await next(); });",
      errors: [
        {
          messageId: 'invalidAllowCredentials',
          data: { value: 'yes' },
          suggestions: [{ messageId: 'removeCredentialsHeader', output: "app.use('*', async (c, next) => { await next(); });" }],
        },
      ],
    },
    // Max-Age that is not a whole, non-negative number of seconds.
    {
      code: "app.options('/', (req, res) => { res.setHeader('Access-Control-Max-Age', '10m'); });",
      errors: [{ messageId: 'invalidMaxAge', data: { value: '10m', reason: 'it is not a whole number of seconds (digits only, such as `600`)' } }],
    },
    {
      code: "fastify.options('/', (request, reply) => { reply.header('Access-Control-Max-Age', -1); });",
      errors: [{ messageId: 'invalidMaxAge', data: { value: '-1', reason: 'it is negative' } }],
    },
    {
      code: "export const OPTIONS = () => new Response(null, { headers: { 'Access-Control-Max-Age': 1.5 } });",
      errors: [{ messageId: 'invalidMaxAge', data: { value: '1.5', reason: 'it is not a whole number of seconds' } }],
    },
    // Max-Age above every browser's cap.
    {
      code: "app.use(async (ctx) => { ctx.set('Access-Control-Max-Age', 60 * 60 * 24 * 30); });",
      errors: [{ messageId: 'maxAgeAboveBrowserCaps', data: { value: '2592000' } }],
    },
    {
      code: "export const handler = async () => ({ headers: { 'Access-Control-Max-Age': '100000' } });",
      errors: [{ messageId: 'maxAgeAboveBrowserCaps', data: { value: '100000' } }],
    },
    // Allowlist entries that can never match.
    {
      code: `
        const allowed = new Set(['https://app.example.com/', '*', 'https://*.example.com', 'https://app.example.com/admin']);
        app.use((req, res, next) => {
          if (allowed.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
          next();
        });
      `,
      errors: [
        {
          messageId: 'unmatchableAllowlistEntry',
          data: { value: 'https://app.example.com/', reason: 'it ends with a slash; an origin has no path' },
          suggestions: [
            {
              messageId: 'useSerializedOrigin',
              output: `
        const allowed = new Set(['https://app.example.com', '*', 'https://*.example.com', 'https://app.example.com/admin']);
        app.use((req, res, next) => {
          if (allowed.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
          next();
        });
      `,
            },
          ],
        },
        { messageId: 'unmatchableAllowlistEntry', data: { value: '*', reason: '`*` is compared as text here and equals no origin' } },
        { messageId: 'unmatchableAllowlistEntry', data: { value: 'https://*.example.com', reason: 'wildcard patterns such as `https://*.example.com` are not supported; `*` only works alone' } },
        { messageId: 'unmatchableAllowlistEntry', data: { value: 'https://app.example.com/admin', reason: 'it has a path, query or fragment; an origin has none' } },
      ],
    },
    {
      code: "app.use(async (ctx, next) => { if (['https://app.example.com', 'app.example.com'].includes(ctx.get('Origin'))) ctx.set('Access-Control-Allow-Origin', ctx.get('Origin')); await next(); });",
      errors: [{ messageId: 'unmatchableAllowlistEntry', data: { value: 'app.example.com', reason: 'it is not an origin (`https://host[:port]`)' } }],
    },
    // Comparisons and switch cases on the origin.
    {
      code: "app.use((req, res, next) => { if (req.headers.origin === 'https://app.example.com/') res.set('Access-Control-Allow-Origin', req.headers.origin); next(); });",
      errors: [
        {
          messageId: 'unmatchableAllowlistEntry',
          suggestions: [
            {
              messageId: 'useSerializedOrigin',
              output: "app.use((req, res, next) => { if (req.headers.origin === 'https://app.example.com') res.set('Access-Control-Allow-Origin', req.headers.origin); next(); });",
            },
          ],
        },
      ],
    },
    {
      code: `
        export function GET(request) {
          switch (request.headers.get('origin')) {
            case 'HTTPS://APP.EXAMPLE.COM':
              return new Response('ok', { headers: { 'Access-Control-Allow-Origin': 'https://app.example.com' } });
            default:
              return new Response('ok');
          }
        }
      `,
      errors: [
        {
          messageId: 'unmatchableAllowlistEntry',
          line: 4,
          suggestions: [
            {
              messageId: 'useSerializedOrigin',
              output: `
        export function GET(request) {
          switch (request.headers.get('origin')) {
            case 'https://app.example.com':
              return new Response('ok', { headers: { 'Access-Control-Allow-Origin': 'https://app.example.com' } });
            default:
              return new Response('ok');
          }
        }
      `,
            },
          ],
        },
      ],
    },
  ],
});
