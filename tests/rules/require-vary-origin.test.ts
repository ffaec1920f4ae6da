import rule from '../../rules/require-vary-origin';
import { createRuleTester } from '../support/rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('require-vary-origin', rule, {
  valid: [
    // The classic correct pattern: exact allowlist around the echo, Vary appended outside the branch.
    `
      import express from 'express';
      const allowed = new Set(['https://app.example.com']);
      const app = express();
      app.use((req, res, next) => {
        res.vary('Origin');
        const origin = req.headers.origin;
        if (origin !== undefined && allowed.has(origin)) {
          res.setHeader('Access-Control-Allow-Origin', origin);
          res.setHeader('Access-Control-Allow-Credentials', 'true');
        }
        next();
      });
    `,
    // `vary` package, ESM default import under another name.
    `
      import http from 'node:http';
      import appendVary from 'vary';
      const allowed = ['https://app.example.com'];
      http.createServer((req, res) => {
        appendVary(res, 'Origin');
        if (allowed.includes(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
        res.end();
      });
    `,
    // `vary` package through require.
    `
      const vary = require('vary');
      const allowed = new Set(['https://app.example.com']);
      module.exports = function cors(req, res, next) {
        vary(res, 'Origin');
        if (allowed.has(req.headers.origin)) res.writeHead(200, { 'Access-Control-Allow-Origin': req.headers.origin });
        next();
      };
    `,
    // The \`vary\` package through require, when the config does not declare \`require\`.
    {
      code: `
        const vary = require('vary');
        module.exports = function cors(req, res, next) {
          vary(res, 'Origin');
          if (ALLOWED.includes(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
          next();
        };
      `,
      languageOptions: { globals: { require: 'off' } },
    },
    // h3: appendResponseHeader(event, 'Vary', 'Origin') before the allowed branch (auto-imported, as in Nuxt).
    `
      export default defineEventHandler((event) => {
        const origin = getRequestHeader(event, 'origin');
        appendResponseHeader(event, 'Vary', 'Origin');
        if (ALLOWED.includes(origin)) setResponseHeader(event, 'Access-Control-Allow-Origin', origin);
      });
    `,
    // Koa: ctx.vary, then ctx.set in the allowed branch.
    `
      const allowed = new Set(['https://app.example.com']);
      app.use(async (ctx, next) => {
        ctx.vary('Origin');
        const origin = ctx.get('Origin');
        if (allowed.has(origin)) ctx.set('Access-Control-Allow-Origin', origin);
        await next();
      });
    `,
    // Koa: ctx.append('Vary', ...) and ctx.response.set for the same response.
    `
      const allowed = new Set(['https://app.example.com']);
      app.use(async (ctx, next) => {
        ctx.append('Vary', 'Origin');
        if (allowed.has(ctx.get('Origin'))) ctx.response.set('Access-Control-Allow-Origin', ctx.get('Origin'));
        await next();
      });
    `,
    // Fastify: nothing else writes Vary in the handler.
    `
      const allowed = new Set(['https://app.example.com']);
      fastify.get('/', async (request, reply) => {
        reply.header('Vary', 'Origin');
        if (allowed.has(request.headers.origin)) reply.header('Access-Control-Allow-Origin', request.headers.origin);
        return {};
      });
    `,
    // Fastify: the append form the codemod writes.
    `
      const allowed = new Set(['https://app.example.com']);
      fastify.get('/', async (request, reply) => {
        reply.header('Vary', reply.hasHeader('Vary') ? \`\${reply.getHeader('Vary')}, Origin\` : 'Origin');
        if (allowed.has(request.headers.origin)) reply.header('Access-Control-Allow-Origin', request.headers.origin);
        return {};
      });
    `,
    // Hono: append option.
    `
      const allowed = new Set(['https://app.example.com']);
      app.use('*', async (c, next) => {
        c.header('Vary', 'Origin', { append: true });
        const origin = c.req.header('origin');
        if (origin && allowed.has(origin)) c.header('Access-Control-Allow-Origin', origin);
        await next();
      });
    `,
    // Web Headers: append before the decision.
    `
      const allowed = new Set(['https://app.example.com']);
      export async function GET(request) {
        const headers = new Headers();
        headers.append('Vary', 'Origin');
        const origin = request.headers.get('origin');
        if (origin && allowed.has(origin)) headers.set('Access-Control-Allow-Origin', origin);
        return new Response('ok', { headers });
      }
    `,
    // Web: Vary in the same headers init object as the computed Allow-Origin.
    `
      const allowed = ['https://app.example.com'];
      export default {
        async fetch(request) {
          const origin = request.headers.get('origin') ?? '';
          return new Response('ok', {
            headers: { 'Access-Control-Allow-Origin': allowed.includes(origin) ? origin : '', Vary: 'Origin' },
          });
        },
      };
    `,
    // Web: `new Headers({ Vary })` and `.set` later belong to one response.
    `
      const allowed = new Set(['https://app.example.com']);
      export function GET(request) {
        const headers = new Headers({ Vary: 'Origin' });
        const origin = request.headers.get('origin');
        if (origin && allowed.has(origin)) headers.set('Access-Control-Allow-Origin', origin);
        return new Response(null, { headers });
      }
    `,
    // Next.js middleware: the response's headers.
    `
      import { NextResponse } from 'next/server';
      const allowed = new Set(['https://app.example.com']);
      export function middleware(request) {
        const response = NextResponse.next();
        response.headers.append('Vary', 'Origin');
        const origin = request.headers.get('origin');
        if (origin && allowed.has(origin)) response.headers.set('Access-Control-Allow-Origin', origin);
        return response;
      }
    `,
    // Lambda: one object per response, with Vary in it.
    `
      const allowed = new Set(['https://app.example.com']);
      export const handler = async (event) => {
        const origin = event.headers.origin;
        return {
          statusCode: 200,
          headers: { 'Access-Control-Allow-Origin': allowed.has(origin) ? origin : '', Vary: 'Origin' },
          body: '',
        };
      };
    `,
    // Lambda: the Vary comes from a spread headers constant.
    `
      const corsHeaders = { Vary: 'Origin', 'Access-Control-Allow-Credentials': 'true' };
      const allowed = new Set(['https://app.example.com']);
      export const handler = async (event) => {
        const origin = event.headers.origin;
        return { statusCode: 200, headers: { ...corsHeaders, 'Access-Control-Allow-Origin': allowed.has(origin) ? origin : '' } };
      };
    `,
    // A conditional spread of Allow-Origin (what the allowlist codemod writes), Vary in the outer object.
    `
      export const handler = async (event) => ({
        headers: {
          ...(allowed.has(event.headers.origin ?? '') ? { 'Access-Control-Allow-Origin': event.headers.origin } : {}),
          Vary: 'Origin',
        },
      });
    `,
    // hapi: one chained response.
    `
      const allowed = new Set(['https://app.example.com']);
      server.route({
        method: 'GET',
        path: '/',
        handler(request, h) {
          const origin = request.headers.origin;
          return h.response('ok').vary('origin').header('Access-Control-Allow-Origin', allowed.has(origin) ? origin : '');
        },
      });
    `,
    // Elysia: set.headers record.
    `
      const allowed = new Set(['https://app.example.com']);
      app.get('/', ({ request, set }) => {
        set.headers['vary'] = 'Origin';
        const origin = request.headers.get('origin') ?? '';
        if (allowed.has(origin)) set.headers['access-control-allow-origin'] = origin;
        return 'ok';
      });
    `,
    // A constant Allow-Origin needs no Vary: a literal, an env variable, a module constant, an import.
    "app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com'); res.end(); });",
    "app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Origin', process.env.CORS_ORIGIN); res.end(); });",
    "const ORIGIN = 'https://' + 'app.example.com'; app.get('/', (req, res) => { res.set('Access-Control-Allow-Origin', ORIGIN); res.end(); });",
    "import { config } from './config'; app.get('/', (req, res) => { res.set('Access-Control-Allow-Origin', config.cors.origin); res.end(); });",
    "app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Origin', '*'); res.end(); });",
    // Vary lists that name Origin.
    `
      app.get('/', (req, res) => {
        res.setHeader('Vary', 'Accept-Encoding, Origin');
        if (allowed.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
      });
    `,
    `
      app.get('/', (req, res) => {
        res.setHeader('Vary', ['Accept-Encoding', 'Origin']);
        if (allowed.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
      });
    `,
    // A later Vary that still names Origin.
    `
      app.get('/', (req, res) => {
        res.vary('Origin');
        if (allowed.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
        res.setHeader('Vary', 'Accept-Encoding, Origin');
      });
    `,
    // A later appended Vary does not replace Origin.
    `
      app.get('/', (req, res) => {
        res.vary('Origin');
        if (allowed.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
        res.append('Vary', 'Accept-Encoding');
      });
    `,
    // Vary inside a branch that is not about the origin and also holds the write (the preflight).
    `
      app.use((req, res, next) => {
        if (req.method === 'OPTIONS') {
          res.vary('Origin');
          if (allowed.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
          return res.status(204).end();
        }
        next();
      });
    `,
    // An early exit that is not about the origin.
    `
      app.use((req, res, next) => {
        if (req.method === 'TRACE') return res.status(405).end();
        res.vary('Origin');
        if (allowed.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
        next();
      });
    `,
    // Vary in the outer handler; the write in a callback inside it.
    `
      app.use((req, res, next) => {
        res.vary('Origin');
        checkOrigin(req.headers.origin, (error, ok) => {
          if (ok) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
          next(error);
        });
      });
    `,
    // Request headers of a client call are not a response.
    "export async function load(origin) { return fetch('/api', { headers: { 'Access-Control-Allow-Origin': origin } }); }",
    "import axios from 'axios'; export const load = (origin) => axios.get('/api', { headers: { 'Access-Control-Allow-Origin': origin } });",
    // A helper writes Allow-Origin on the response its callers pass; every caller appends Vary first.
    `
      const allowed = new Set(['https://app.example.com']);
      function allow(res, origin) { res.setHeader('Access-Control-Allow-Origin', origin); }
      app.use((req, res, next) => {
        res.vary('Origin');
        if (allowed.has(req.headers.origin)) allow(res, req.headers.origin);
        next();
      });
      app.options('*', (req, res) => { res.append('Vary', 'Origin'); allow(res, 'https://app.example.com'); res.end(); });
    `,
    // The same through a helper that calls the helper, and a private class method called on \`this\`.
    `
      const allowed = new Set(['https://app.example.com']);
      const writeOrigin = (ctx, origin) => ctx.set('Access-Control-Allow-Origin', origin);
      const applyCors = (ctx, origin) => { if (allowed.has(origin)) writeOrigin(ctx, origin); };
      app.use(async (ctx, next) => { ctx.vary('Origin'); applyCors(ctx, ctx.get('Origin')); await next(); });
    `,
    `
      class Cors {
        #allow(res, origin) { res.setHeader('Access-Control-Allow-Origin', origin); }
        handle(req, res) {
          res.setHeader('Vary', 'Origin');
          if (ALLOWED.includes(req.headers.origin)) this.#allow(res, req.headers.origin);
        }
      }
    `,
    // An axios request interceptor sets request headers, not a response's.
    "import axios from 'axios'; axios.interceptors.request.use((config) => { config.headers.set('Access-Control-Allow-Origin', window.location.origin); return config; });",
    // postMessage code is not CORS.
    "window.addEventListener('message', (event) => { if (event.origin === 'https://app.example.com') show(event.data); });",
  ],
  invalid: [
    // Express: no Vary at all.
    {
      code: `
        const allowed = new Set(['https://app.example.com']);
        app.use((req, res, next) => {
          const origin = req.headers.origin;
          if (allowed.has(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
          next();
        });
      `,
      errors: [{ messageId: 'missingVary', line: 5, column: 81 }],
    },
    // h3: no Vary, and a Vary that setResponseHeader later replaces.
    {
      code: `
        import { defineEventHandler, getRequestHeader, setResponseHeader } from 'h3';
        export default defineEventHandler((event) => {
          const origin = getRequestHeader(event, 'origin');
          if (ALLOWED.includes(origin)) setResponseHeader(event, 'Access-Control-Allow-Origin', origin);
        });
      `,
      errors: [{ messageId: 'missingVary' }],
    },
    {
      code: `
        export default defineEventHandler((event) => {
          const origin = getRequestHeader(event, 'origin');
          appendResponseHeader(event, 'Vary', 'Origin');
          if (ALLOWED.includes(origin)) setResponseHeader(event, 'Access-Control-Allow-Origin', origin);
          setResponseHeader(event, 'Vary', 'Accept-Encoding');
        });
      `,
      errors: [{ messageId: 'varyOverwritten' }],
    },
    // A helper whose caller appends Vary only when the origin is allowed.
    {
      code: `
        function allow(res, origin) { res.setHeader('Access-Control-Allow-Origin', origin); }
        app.use((req, res, next) => {
          if (allowed.has(req.headers.origin)) { res.vary('Origin'); allow(res, req.headers.origin); }
          next();
        });
      `,
      errors: [{ messageId: 'missingVary', line: 2, column: 84 }],
    },
    // One caller appends Vary, another does not; and an exported helper has callers out of sight.
    {
      code: `
        function allow(res, origin) { res.setHeader('Access-Control-Allow-Origin', origin); }
        app.use((req, res, next) => { res.vary('Origin'); if (allowed.has(req.headers.origin)) allow(res, req.headers.origin); next(); });
        app.options('*', (req, res) => { if (allowed.has(req.headers.origin)) allow(res, req.headers.origin); res.end(); });
      `,
      errors: [{ messageId: 'missingVary', line: 2, column: 84 }],
    },
    {
      code: `
        export function allow(res, origin) { res.setHeader('Access-Control-Allow-Origin', origin); }
        app.use((req, res, next) => { res.vary('Origin'); if (allowed.has(req.headers.origin)) allow(res, req.headers.origin); next(); });
      `,
      errors: [{ messageId: 'missingVary', line: 2, column: 91 }],
    },
    // Express: Vary only in the allowed branch.
    {
      code: `
        app.use((req, res, next) => {
          const origin = req.get('origin');
          if (allowed.includes(origin)) {
            res.set('Access-Control-Allow-Origin', origin);
            res.set('Vary', 'Origin');
          }
          next();
        });
      `,
      errors: [{ messageId: 'varyOnlyInBranch', line: 5, column: 52 }],
    },
    // Vary only when the request had an Origin (expressjs/cors#330).
    {
      code: `
        app.use((req, res, next) => {
          const origin = req.headers.origin;
          if (origin) {
            res.vary('Origin');
            if (allowed.has(origin)) res.header('Access-Control-Allow-Origin', origin);
          }
          next();
        });
      `,
      errors: [{ messageId: 'varyOnlyInBranch' }],
    },
    // An early return on a missing Origin skips the Vary.
    {
      code: `
        app.use((req, res, next) => {
          const origin = req.headers.origin;
          if (!origin) return next();
          res.vary('Origin');
          if (allowed.has(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
          next();
        });
      `,
      errors: [{ messageId: 'varyOnlyInBranch' }],
    },
    // A flag computed from the origin decides the branch.
    {
      code: `
        app.use((req, res, next) => {
          const origin = req.headers.origin;
          const ok = allowed.has(origin);
          if (ok) {
            res.setHeader('Vary', 'Origin');
            res.setHeader('Access-Control-Allow-Origin', origin);
          }
          next();
        });
      `,
      errors: [{ messageId: 'varyOnlyInBranch' }],
    },
    // Overwritten later by setHeader.
    {
      code: `
        app.use((req, res, next) => {
          res.setHeader('Vary', 'Origin');
          if (allowed.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
          res.setHeader('Vary', 'Accept-Encoding');
          next();
        });
      `,
      errors: [{ messageId: 'varyOverwritten', data: { value: 'Accept-Encoding' } }],
    },
    // Overwritten later by writeHead's headers.
    {
      code: `
        http.createServer((req, res) => {
          res.appendHeader('Vary', 'Origin');
          if (allowed.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
          res.writeHead(200, { Vary: 'Accept-Encoding' });
          res.end();
        });
      `,
      errors: [{ messageId: 'varyOverwritten', data: { value: 'Accept-Encoding' } }],
    },
    // Node http: a ternary value, no Vary.
    {
      code: `
        import http from 'node:http';
        const allowed = ['https://app.example.com'];
        http.createServer((req, res) => {
          res.writeHead(200, { 'Access-Control-Allow-Origin': allowed.includes(req.headers.origin) ? req.headers.origin : '' });
          res.end();
        });
      `,
      errors: [{ messageId: 'missingVary' }],
    },
    // Node: writeHead flat list and tuple list.
    {
      code: "http.createServer((req, res) => { res.writeHead(200, ['Access-Control-Allow-Origin', pick(req)]); res.end(); });",
      errors: [{ messageId: 'missingVary' }],
    },
    {
      code: "http.createServer((req, res) => { res.writeHead(200, [['Access-Control-Allow-Origin', pick(req)]]); res.end(); });",
      errors: [{ messageId: 'missingVary' }],
    },
    // Express object form.
    {
      code: "app.get('/', (req, res) => { res.set({ 'Access-Control-Allow-Origin': pick(req.get('origin')) }); res.end(); });",
      errors: [{ messageId: 'missingVary' }],
    },
    // A Vary written through a Map look-alike is not the response's.
    {
      code: `
        app.get('/', (req, res) => {
          const cache = new Map();
          cache.set('Vary', 'Origin');
          if (allowed.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
        });
      `,
      errors: [{ messageId: 'missingVary' }],
    },
    // A local function named vary is not the vary package.
    {
      code: `
        function vary(res, field) { return field; }
        app.get('/', (req, res) => {
          vary(res, 'Origin');
          if (allowed.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
        });
      `,
      errors: [{ messageId: 'missingVary' }],
    },
    // Vary on another response.
    {
      code: `
        app.get('/', (req, res) => {
          other.vary('Origin');
          if (allowed.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
        });
      `,
      errors: [{ messageId: 'missingVary' }],
    },
    // Koa.
    {
      code: `
        app.use(async (ctx, next) => {
          const origin = ctx.get('Origin');
          if (allowed.has(origin)) ctx.set('Access-Control-Allow-Origin', origin);
          await next();
        });
      `,
      errors: [{ messageId: 'missingVary' }],
    },
    {
      code: `
        app.use(async (ctx, next) => {
          if (allowed.has(ctx.get('Origin'))) {
            ctx.response.set('Access-Control-Allow-Origin', ctx.get('Origin'));
            ctx.vary('Origin');
          }
          await next();
        });
      `,
      errors: [{ messageId: 'varyOnlyInBranch' }],
    },
    // Fastify.
    {
      code: `
        fastify.get('/', async (request, reply) => {
          if (allowed.has(request.headers.origin)) reply.header('Access-Control-Allow-Origin', request.headers.origin);
          return {};
        });
      `,
      errors: [{ messageId: 'missingVary' }],
    },
    {
      code: "fastify.get('/', async (request, reply) => { reply.headers({ 'Access-Control-Allow-Origin': pick(request) }); return {}; });",
      errors: [{ messageId: 'missingVary' }],
    },
    {
      code: "fastify.get('/', (request, reply) => { reply.raw.setHeader('Access-Control-Allow-Origin', pick(request)); reply.send(); });",
      errors: [{ messageId: 'missingVary' }],
    },
    // Hono: c.header and the headers argument of c.json.
    {
      code: `
        app.use('*', async (c, next) => {
          const origin = c.req.header('origin');
          if (origin && allowed.has(origin)) c.header('Access-Control-Allow-Origin', origin);
          await next();
        });
      `,
      errors: [{ messageId: 'missingVary' }],
    },
    {
      code: "app.get('/', (c) => c.json({}, 200, { 'Access-Control-Allow-Origin': pick(c.req.header('origin')) }));",
      errors: [{ messageId: 'missingVary' }],
    },
    // Web: Headers#set, Response init, Response.json, NextResponse.
    {
      code: `
        export async function GET(request) {
          const headers = new Headers();
          const origin = request.headers.get('origin');
          if (origin && allowed.has(origin)) headers.set('Access-Control-Allow-Origin', origin);
          return new Response('ok', { headers });
        }
      `,
      errors: [{ messageId: 'missingVary' }],
    },
    {
      code: "export default { fetch: (request) => new Response('ok', { headers: { 'Access-Control-Allow-Origin': pick(request) } }) };",
      errors: [{ messageId: 'missingVary' }],
    },
    {
      code: "export const GET = (request) => Response.json({}, { headers: { 'Access-Control-Allow-Origin': pick(request) } });",
      errors: [{ messageId: 'missingVary' }],
    },
    {
      code: `
        import { NextResponse } from 'next/server';
        export function middleware(request) {
          const response = NextResponse.next();
          const origin = request.headers.get('origin');
          if (origin && allowed.has(origin)) response.headers.set('Access-Control-Allow-Origin', origin);
          return response;
        }
      `,
      errors: [{ messageId: 'missingVary' }],
    },
    {
      code: "import { NextResponse } from 'next/server'; export const GET = (req) => NextResponse.json({}, { headers: { 'Access-Control-Allow-Origin': pick(req) } });",
      errors: [{ messageId: 'missingVary' }],
    },
    // A Vary in another response object of the same handler does not count for this one.
    {
      code: `
        export default {
          fetch(request) {
            const origin = request.headers.get('origin');
            if (!origin) return new Response('ok', { headers: { Vary: 'Origin' } });
            return new Response('ok', { headers: { 'Access-Control-Allow-Origin': allowed.has(origin) ? origin : '' } });
          },
        };
      `,
      errors: [{ messageId: 'missingVary' }],
    },
    // Vary only inside the conditionally spread arm.
    {
      code: `
        export const handler = async (event) => ({
          headers: {
            ...(allowed.has(event.headers.origin ?? '') ? { 'Access-Control-Allow-Origin': event.headers.origin, Vary: 'Origin' } : {}),
          },
        });
      `,
      errors: [{ messageId: 'varyOnlyInBranch' }],
    },
    // Lambda result, headers and multiValueHeaders.
    {
      code: "export const handler = async (event) => ({ statusCode: 200, headers: { 'Access-Control-Allow-Origin': pick(event.headers.origin) } });",
      errors: [{ messageId: 'missingVary' }],
    },
    {
      code: "exports.handler = async (event) => ({ statusCode: 200, multiValueHeaders: { 'Access-Control-Allow-Origin': [pick(event)] } });",
      errors: [{ messageId: 'missingVary' }],
    },
    // hapi.
    {
      code: `
        server.route({
          method: 'GET',
          path: '/',
          handler: (request, h) => h.response('ok').header('Access-Control-Allow-Origin', pick(request.headers.origin)),
        });
      `,
      errors: [{ messageId: 'missingVary' }],
    },
    // Elysia.
    {
      code: `
        app.get('/', ({ request, set }) => {
          const origin = request.headers.get('origin') ?? '';
          if (allowed.has(origin)) set.headers['access-control-allow-origin'] = origin;
          return 'ok';
        });
      `,
      errors: [{ messageId: 'missingVary' }],
    },
    // A helper that writes the header: the Vary must be there too.
    {
      code: "function allowOrigin(res, origin) { res.setHeader('Access-Control-Allow-Origin', origin); }",
      errors: [{ messageId: 'missingVary' }],
    },
  ],
});
