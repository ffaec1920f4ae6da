/**
 * The repairs the response-header analysis hands to the codemod: which append form each framework
 * gets for `Vary: Origin`, and how a credentialed `*` is turned into echo-if-allowed.
 */
import { describe, expect, it } from 'vitest';
import { detectFindings, type DetectedFinding } from '../../codemods/run/detect';

function findingsOf(code: string, ruleId: string, filename = '/virtual/app.ts'): DetectedFinding[] {
  const detection = detectFindings(code, filename);
  if (!detection.ok) throw new Error(detection.reason);
  return detection.findings.filter((finding) => finding.ruleId === ruleId);
}

const VARY_CASES = [
  {
    name: 'Express (imported): res.vary',
    code: "import express from 'express'; express().get('/', (req, res) => { if (ok(req)) res.set('Access-Control-Allow-Origin', req.get('origin')); });",
    details: { reason: 'missing', style: 'express', target: 'res' },
  },
  {
    name: 'Node http: appendHeader',
    code: "import http from 'node:http'; http.createServer((req, res) => { if (ok(req)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin); });",
    details: { reason: 'missing', style: 'node', target: 'res' },
  },
  {
    name: 'the vary package when the file imports it',
    code: "const append = require('vary'); module.exports = (req, res) => { if (ok(req)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin); };",
    details: { reason: 'missing', style: 'vary-package', target: 'res', varyFunction: 'append' },
  },
  {
    name: 'Koa: ctx.vary on the context, also for ctx.response.set',
    code: "app.use(async (ctx, next) => { if (ok(ctx)) ctx.response.set('Access-Control-Allow-Origin', ctx.get('Origin')); await next(); });",
    details: { reason: 'missing', style: 'koa', target: 'ctx' },
  },
  {
    name: 'Fastify: header built from getHeader',
    code: "import Fastify from 'fastify'; Fastify().get('/', async (request, reply) => { if (ok(request)) reply.header('Access-Control-Allow-Origin', request.headers.origin); });",
    details: { reason: 'missing', style: 'fastify', target: 'reply' },
  },
  {
    name: 'Hono: c.header with append',
    code: "app.use('*', async (c, next) => { if (ok(c)) c.header('Access-Control-Allow-Origin', c.req.header('origin')); await next(); });",
    details: { reason: 'missing', style: 'hono', target: 'c' },
  },
  {
    name: 'web Headers: append on the same object',
    code: "export function GET(request) { const headers = new Headers(); if (ok(request)) headers.set('Access-Control-Allow-Origin', request.headers.get('origin')); return new Response('', { headers }); }",
    details: { reason: 'missing', style: 'web', target: 'headers' },
  },
  {
    name: 'a response headers object: a Vary property',
    code: "export const GET = (request) => new Response('', { headers: { 'Access-Control-Allow-Origin': pick(request) } });",
    details: { reason: 'missing', style: 'object', target: '' },
  },
  {
    name: 'Elysia: the set.headers record',
    code: "app.get('/', ({ request, set }) => { if (ok(request)) set.headers['access-control-allow-origin'] = request.headers.get('origin'); });",
    details: { reason: 'missing', style: 'record', target: 'set.headers' },
  },
  {
    name: 'Vary only in the branch',
    code: "app.get('/', (req, res) => { if (allowed.has(req.headers.origin)) { res.vary('Origin'); res.set('Access-Control-Allow-Origin', req.headers.origin); } });",
    details: { reason: 'branch', style: 'express', target: 'res' },
  },
] as const;

describe('append-vary-origin repairs', () => {
  it.each(VARY_CASES)('$name', ({ code, details }) => {
    const [finding, ...others] = findingsOf(code, 'require-vary-origin');
    expect(others).toEqual([]);
    expect(finding?.repair).toMatchObject({ kind: 'append-vary-origin', details });
  });

  it('points an overwrite repair at the overwriting literal', () => {
    const code = "app.get('/', (req, res) => { res.vary('Origin'); if (ok(req)) res.set('Access-Control-Allow-Origin', req.headers.origin); res.set('Vary', 'Accept'); });";
    const [finding] = findingsOf(code, 'require-vary-origin');
    const start = code.indexOf("'Accept'");
    expect(finding?.repair).toMatchObject({ kind: 'append-vary-origin', details: { reason: 'overwritten', overwriteRange: `${start}:${start + 8}` } });
  });

  it('leaves a computed overwrite and hapi responses for review', () => {
    const overwrite = "app.get('/', (req, res) => { res.vary('Origin'); if (ok(req)) res.set('Access-Control-Allow-Origin', req.headers.origin); res.set('Vary', fields); });";
    const hapi = "server.route({ handler: (request, h) => h.response('ok').header('Access-Control-Allow-Origin', pick(request)) });";
    expect(findingsOf(overwrite, 'require-vary-origin')[0]?.repair?.kind).toBe('manual-review');
    expect(findingsOf(hapi, 'require-vary-origin')[0]?.repair?.kind).toBe('manual-review');
  });
});

const CREDENTIALS = "'Access-Control-Allow-Credentials', 'true'";
const WILDCARD_CASES = [
  {
    name: 'Express / Node',
    code: `app.get('/', (req, res) => { res.setHeader('Access-Control-Allow-Origin', '*'); res.setHeader(${CREDENTIALS}); });`,
    originText: 'req.headers.origin',
  },
  {
    name: 'Koa',
    code: `import Koa from 'koa'; new Koa().use(async (ctx, next) => { ctx.set('Access-Control-Allow-Origin', '*'); ctx.set(${CREDENTIALS}); await next(); });`,
    originText: "ctx.get('Origin')",
  },
  {
    name: 'Fastify',
    code: `fastify.get('/', async (request, reply) => { reply.header('Access-Control-Allow-Origin', '*').header(${CREDENTIALS}); });`,
    originText: 'request.headers.origin',
  },
  {
    name: 'Hono',
    code: `import { Hono } from 'hono'; new Hono().use('/api/*', async (c, next) => { c.header('Access-Control-Allow-Origin', '*'); c.header(${CREDENTIALS}); await next(); });`,
    originText: "c.req.header('origin')",
  },
  {
    name: 'web Response',
    code: "export function GET(request) { return new Response('', { headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' } }); }",
    originText: "request.headers.get('origin')",
  },
  {
    name: 'Lambda',
    code: "export const handler = async (event) => ({ headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': true } });",
    originText: '(event.headers?.origin ?? event.headers?.Origin)',
  },
  {
    name: 'Elysia',
    code: "app.get('/', ({ request, set }) => { set.headers['access-control-allow-origin'] = '*'; set.headers['access-control-allow-credentials'] = 'true'; });",
    originText: "request.headers.get('origin')",
  },
] as const;

describe('credentialed wildcard repairs', () => {
  it.each(WILDCARD_CASES)('$name reads the origin from its request', ({ code, originText }) => {
    const [finding] = findingsOf(code, 'no-wildcard-with-credentials');
    const start = code.indexOf("'*'", code.toLowerCase().indexOf('allow-origin'));
    expect(finding?.repair).toMatchObject({
      kind: 'allowlist-reflected-origin',
      valueRange: [start, start + 3],
      originText,
      details: { reason: 'wildcard-with-credentials' },
    });
  });

  it.each([
    { name: 'a module-level headers object', code: "export const corsHeaders = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' };" },
    // Without an import, `(res)` may be Express's response as well as Koa's context.
    { name: 'a helper taking the response first', code: `export function allowAll(res) { res.set('Access-Control-Allow-Origin', '*'); res.set(${CREDENTIALS}); }` },
  ])('leaves $name for review', ({ code }) => {
    expect(findingsOf(code, 'no-wildcard-with-credentials')[0]?.repair?.kind).toBe('manual-review');
  });
});
