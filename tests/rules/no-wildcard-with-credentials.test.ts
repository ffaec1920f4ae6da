import rule from '../../rules/no-wildcard-with-credentials';
import { createRuleTester } from '../support/rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-wildcard-with-credentials', rule, {
  valid: [
    // A public `*` without credentials.
    "app.get('/public', (req, res) => { res.setHeader('Access-Control-Allow-Origin', '*'); res.json({}); });",
    "export const GET = () => new Response('ok', { headers: { 'Access-Control-Allow-Origin': '*' } });",
    "export const handler = async () => ({ statusCode: 200, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': '*' } });",
    // Credentials that are not `true` do not enable credentialed sharing (valid-cors-header-value judges them).
    "app.get('/', (req, res) => { res.set('Access-Control-Allow-Origin', '*'); res.set('Access-Control-Allow-Credentials', 'false'); });",
    // `*` and credentials on different handlers.
    `
      app.get('/public', (req, res) => { res.setHeader('Access-Control-Allow-Origin', '*'); res.end(); });
      app.get('/private', (req, res) => {
        if (allowed.has(req.headers.origin)) {
          res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
          res.setHeader('Access-Control-Allow-Credentials', 'true');
        }
        res.end();
      });
    `,
    // `*` and credentials on opposite sides of one decision.
    `
      app.get('/data', (req, res) => {
        if (isPublic(req)) {
          res.setHeader('Access-Control-Allow-Origin', '*');
        } else if (allowed.has(req.headers.origin)) {
          res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
          res.setHeader('Access-Control-Allow-Credentials', 'true');
        }
        res.end();
      });
    `,
    // Two module-level header objects for two different responses.
    `
      export const publicHeaders = { 'Access-Control-Allow-Origin': '*' };
      export const privateHeaders = { 'Access-Control-Allow-Origin': 'https://app.example.com', 'Access-Control-Allow-Credentials': 'true' };
    `,
    // Explicit lists with credentials.
    `
      app.options('/api', (req, res) => {
        res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
        res.setHeader('Access-Control-Allow-Credentials', 'true');
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
        res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
        res.end();
      });
    `,
    // The classic correct pattern.
    `
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
    // Request headers of a client call are not a response.
    "fetch('/api', { headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' } });",
    "import ky from 'ky'; ky.post('/api', { headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' } });",
    // The same request headers through every client: a request's headers are not a response's.
    "fetch('/api', { credentials: 'include', headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' } });",
    "const request = new Request('/api', { headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' } });",
    "import axios from 'axios'; const api = axios.create(); api.post('/api', {}, { headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' } });",
    "import { ofetch } from 'ofetch'; ofetch('/api', { headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' } });",
    "import { request } from 'undici'; await request('https://upstream.example/api', { headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' } });",
    "const fetch = require('node-fetch'); fetch('https://upstream.example/api', { headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' } });",
    // NestJS @Header: credentials on another handler; a \`Header\` decorator of another module.
    `import { Controller, Get, Header } from '@nestjs/common';
@Controller('a')
export class A {
  @Get() @Header('Access-Control-Allow-Origin', '*') list() { return []; }
  @Get('me') @Header('Access-Control-Allow-Credentials', 'true') me() { return {}; }
}`,
    `import { Header } from './decorators';
export class A { @Header('Access-Control-Allow-Origin', '*') @Header('Access-Control-Allow-Credentials', 'true') list() { return []; } }`,
    // A look-alike: not a header name.
    "app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Origin', '*'); res.setHeader('X-Allow-Credentials', 'true'); });",
    // A fallback after the request Origin never reaches a CORS check: the reflection is no-reflected-origin's finding.
    "app.use((req, res, next) => { res.setHeader('Access-Control-Allow-Origin', req.headers.origin || req.headers.referer || req.headers.host || '*'); res.setHeader('Access-Control-Allow-Credentials', 'true'); next(); });",
    "export function GET(request) { return new Response('ok', { headers: { 'Access-Control-Allow-Origin': request.headers.get('origin') ?? '*', 'Access-Control-Allow-Credentials': 'true' } }); }",
    "app.use(async (ctx, next) => { const origin = ctx.get('Origin'); ctx.set('Access-Control-Allow-Origin', origin || '*'); ctx.set('Access-Control-Allow-Credentials', 'true'); await next(); });",
  ],
  invalid: [
    // Only the origins the check refuses get `*`: the message says so, not that every logged-in request fails.
    {
      code: "app.use((req, res, next) => { const origin = req.headers.origin; res.setHeader('Access-Control-Allow-Origin', allowed.has(origin) ? origin : '*'); res.setHeader('Access-Control-Allow-Credentials', 'true'); res.vary('Origin'); next(); });",
      errors: [{ messageId: 'wildcardFallbackWithCredentials' }],
    },
    // NestJS @Header decorators on one handler.
    {
      code: `import { Controller, Get, Header } from '@nestjs/common';
@Controller('me')
export class MeController {
  @Get()
  @Header('Access-Control-Allow-Origin', '*')
  @Header('Access-Control-Allow-Credentials', 'true')
  me() { return { name: 'alice' }; }
}`,
      errors: [{ messageId: 'wildcardWithCredentials', line: 5 }],
    },
    // Express / Node setHeader.
    {
      code: "app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Origin', '*'); res.setHeader('Access-Control-Allow-Credentials', 'true'); res.end(); });",
      errors: [{ messageId: 'wildcardWithCredentials', line: 1, column: 75 }],
    },
    // Boolean `true` is sent as the text `true`.
    {
      code: "app.get('/', (req, res) => { res.header('Access-Control-Allow-Credentials', true); res.header('Access-Control-Allow-Origin', '*'); res.end(); });",
      errors: [{ messageId: 'wildcardWithCredentials' }],
    },
    // Express object form.
    {
      code: "app.use((req, res, next) => { res.set({ 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' }); next(); });",
      errors: [{ messageId: 'wildcardWithCredentials' }],
    },
    // Node writeHead: object and flat list.
    {
      code: "http.createServer((req, res) => { res.writeHead(200, { 'access-control-allow-origin': '*', 'access-control-allow-credentials': 'true' }); res.end(); });",
      errors: [{ messageId: 'wildcardWithCredentials' }],
    },
    {
      code: "http.createServer((req, res) => { res.writeHead(200, ['Access-Control-Allow-Origin', '*', 'Access-Control-Allow-Credentials', 'true']); res.end(); });",
      errors: [{ messageId: 'wildcardWithCredentials' }],
    },
    // Koa.
    {
      code: "app.use(async (ctx, next) => { ctx.set('Access-Control-Allow-Origin', '*'); ctx.set('Access-Control-Allow-Credentials', 'true'); await next(); });",
      errors: [{ messageId: 'wildcardWithCredentials' }],
    },
    // Fastify.
    {
      code: "fastify.addHook('onRequest', async (request, reply) => { reply.headers({ 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': true }); });",
      errors: [{ messageId: 'wildcardWithCredentials' }],
    },
    // Hono.
    {
      code: "app.use('*', async (c, next) => { c.header('Access-Control-Allow-Origin', '*'); c.header('Access-Control-Allow-Credentials', 'true'); await next(); });",
      errors: [{ messageId: 'wildcardWithCredentials' }],
    },
    // Web: Response init, Headers tuples, NextResponse.
    {
      code: "export const GET = () => new Response('ok', { headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' } });",
      errors: [{ messageId: 'wildcardWithCredentials' }],
    },
    {
      code: "const headers = new Headers([['Access-Control-Allow-Origin', '*'], ['Access-Control-Allow-Credentials', 'true']]);",
      errors: [{ messageId: 'wildcardWithCredentials' }],
    },
    {
      code: `
        import { NextResponse } from 'next/server';
        export function middleware() {
          const response = NextResponse.next();
          response.headers.set('Access-Control-Allow-Origin', '*');
          response.headers.set('Access-Control-Allow-Credentials', 'true');
          return response;
        }
      `,
      errors: [{ messageId: 'wildcardWithCredentials' }],
    },
    // Lambda.
    {
      code: "export const handler = async () => ({ statusCode: 200, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': true }, body: '' });",
      errors: [{ messageId: 'wildcardWithCredentials' }],
    },
    // A module-level headers object shared by handlers.
    {
      code: "export const corsHeaders = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' };",
      errors: [{ messageId: 'wildcardWithCredentials' }],
    },
    // hapi.
    {
      code: "server.route({ method: 'GET', path: '/', handler: (request, h) => h.response('ok').header('Access-Control-Allow-Origin', '*').header('Access-Control-Allow-Credentials', 'true') });",
      errors: [{ messageId: 'wildcardWithCredentials' }],
    },
    // Elysia.
    {
      code: "app.get('/', ({ set }) => { set.headers['access-control-allow-origin'] = '*'; set.headers['access-control-allow-credentials'] = 'true'; return 'ok'; });",
      errors: [{ messageId: 'wildcardWithCredentials' }],
    },
    // `*` as the fallback of a computed value.
    {
      code: `
        app.get('/', (req, res) => {
          res.setHeader('Access-Control-Allow-Origin', allowed.has(req.headers.origin) ? req.headers.origin : '*');
          res.setHeader('Access-Control-Allow-Credentials', 'true');
        });
      `,
      errors: [{ messageId: 'wildcardFallbackWithCredentials', line: 3, column: 111 }],
    },
    // A constant that holds `*`.
    {
      code: "const ANY = '*'; app.get('/', (req, res) => { res.set('Access-Control-Allow-Origin', ANY); res.set('Access-Control-Allow-Credentials', 'true'); });",
      errors: [{ messageId: 'wildcardWithCredentials' }],
    },
    // `*` in the list headers is a literal name with credentials.
    {
      code: `
        app.options('/api', (req, res) => {
          res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com');
          res.setHeader('Access-Control-Allow-Credentials', 'true');
          res.setHeader('Access-Control-Allow-Headers', '*');
          res.setHeader('Access-Control-Allow-Methods', 'GET, *');
          res.setHeader('Access-Control-Expose-Headers', ['*']);
          res.end();
        });
      `,
      errors: [
        { messageId: 'literalWildcardWithCredentials', data: { header: 'Access-Control-Allow-Headers' } },
        { messageId: 'literalWildcardWithCredentials', data: { header: 'Access-Control-Allow-Methods' } },
        { messageId: 'literalWildcardWithCredentials', data: { header: 'Access-Control-Expose-Headers' } },
      ],
    },
    {
      code: "export const GET = () => Response.json({}, { headers: { 'Access-Control-Allow-Credentials': 'true', 'Access-Control-Allow-Headers': '*', 'Access-Control-Allow-Origin': 'https://app.example.com' } });",
      errors: [{ messageId: 'literalWildcardWithCredentials', data: { header: 'Access-Control-Allow-Headers' } }],
    },
  ],
});
