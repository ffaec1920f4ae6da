import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import type { CorsFile } from '../../src/analysis/file-context';
import { classifyOriginCheck, isOriginGuarded, sameValuePredicate } from '../../src/analysis/guards';
import { originSourceOf } from '../../src/analysis/origin-sources';
import { probeFile, sinkArguments } from '../support/probe-file';

/** Hands `inspect` the analysed file and every `sink(x)` argument, in order. */
function probe<T>(code: string, inspect: (file: CorsFile, sinks: TSESTree.Node[]) => T, options: { typed?: boolean } = {}): T {
  const filename = `probe-${options.typed ? 'typed' : 'plain'}.ts`;
  return probeFile(code, (file) => inspect(file, sinkArguments(file)), { filename, typed: options.typed });
}

const sourcesOf = (code: string) => probe(code, (file, sinks) => sinks.map((sink) => originSourceOf(file, sink)));

describe('originSourceOf', () => {
  it.each([
    ['req.headers.origin', 'function h(req) { sink(req.headers.origin); }'],
    ["req.headers['origin']", "function h(req) { sink(req.headers['origin']); }"],
    ['origin', 'function h(req) { const { origin } = req.headers; sink(origin); }'],
    ['origin', 'function h(req) { const { headers: { origin } } = req; sink(origin); }'],
    ['origin', 'function h({ headers: { origin } }) { sink(origin); }'],
    ["req.get('origin')", "function h(req) { sink(req.get('origin')); }"],
    ["req.header('Origin')", "function h(req) { sink(req.header('Origin')); }"],
    ["ctx.get('Origin')", "async function h(ctx) { sink(ctx.get('Origin')); }"],
    ["ctx.request.get('origin')", "async function h(ctx) { sink(ctx.request.get('origin')); }"],
    ['ctx.headers.origin', 'async function h(ctx) { sink(ctx.headers.origin); }'],
    ['ctx.request.header.origin', 'async function h(ctx) { sink(ctx.request.header.origin); }'],
    ["request.headers.get('origin')", "async function h(request) { sink(request.headers.get('origin')); }"],
    ["c.req.header('origin')", "app.get('/', (c) => sink(c.req.header('origin')));"],
    ["c.req.raw.headers.get('origin')", "app.get('/', (c) => sink(c.req.raw.headers.get('origin')));"],
    ['event.headers.Origin', 'export const handler = async (event) => sink(event.headers.Origin);'],
    ['event.headers?.origin', 'export const handler = async (event) => sink(event.headers?.origin);'],
    ['event.multiValueHeaders.Origin[0]', 'export const handler = async (event) => sink(event.multiValueHeaders.Origin[0]);'],
    ['headers.origin', "new Elysia().get('/', ({ headers }) => sink(headers.origin));"],
    ["(await headers()).get('origin')", "import { headers } from 'next/headers'; export async function GET() { sink((await headers()).get('origin')); }"],
  ])('reads %s', (text, code) => {
    const [source] = sourcesOf(code);
    expect(source).toMatchObject({ kind: 'header-read', text });
  });

  it.each([
    ['a const alias', 'function h(req) { const o = req.headers.origin; const p = o; sink(p); }', 'p'],
    ['a let whose every write is the origin', "function h(req) { let o = req.headers.origin; if (!o) o = req.get('origin'); sink(o); }", 'o'],
    ['a fallback', "function h(req) { sink(req.headers.origin || '*'); }", 'req.headers.origin'],
    ['a nullish fallback chain', 'function h(event) { sink(event.headers.origin ?? event.headers.Origin); }', 'event.headers.origin ?? event.headers.Origin'],
    ['a ternary branch', "function h(req) { sink(debug ? req.headers.origin : 'https://a.example'); }", 'req.headers.origin'],
    ['a template literal', 'function h(req) { sink(`${req.headers.origin}`); }', 'req.headers.origin'],
    ['a string method', 'function h(req) { sink(req.headers.origin.trim().toLowerCase()); }', 'req.headers.origin'],
    ['a same-file helper', 'function getOrigin(r) { return r.headers.origin; } function h(req) { sink(getOrigin(req)); }', 'getOrigin(req)'],
    ['an arrow helper with a bound parameter', 'const lower = (o) => o.toLowerCase(); function h(req) { sink(lower(req.get("origin"))); }', 'lower(req.get("origin"))'],
  ])('follows %s', (_, code, text) => {
    const [source] = sourcesOf(code);
    expect(source?.text).toBe(text);
  });

  it('gives reads of one request the same key, and of another request a different one', () => {
    const [a, b, c] = sourcesOf(
      "function h(req) { const { origin } = req.headers; sink(origin); sink(req.get('origin')); } function g(req) { sink(req.headers.origin); }",
    );
    expect(a!.key).toBe(b!.key);
    expect(c!.key).not.toBe(a!.key);
  });

  it('names the origin parameter of a CORS library callback', () => {
    const [source] = sourcesOf("import cors from 'cors'; app.use(cors({ origin: (origin, callback) => callback(null, sink(origin)) }));");
    expect(source).toMatchObject({ kind: 'callback-parameter', text: 'origin' });
  });

  it.each([
    ["Koa 2's ctx.origin (the server's own origin)", 'async function h(ctx) { sink(ctx.origin); }'],
    ["a message event's origin", "window.addEventListener('message', (event) => sink(event.origin));"],
    ['a Map entry', "const m = new Map(); sink(m.get('origin'));"],
    ['a local object', "const req = { headers: { origin: 'https://a.example' } }; sink(req.headers.origin);"],
    ['another header', 'function h(req) { sink(req.headers.host); }'],
    ['a let with a constant write', "function h(req) { let o = 'https://a.example'; if (x) o = req.headers.origin; sink(o); }"],
    ['a parameter of an unrelated function', 'function pick(origin) { sink(origin); }'],
  ])('is not fooled by %s', (_, code) => {
    expect(sourcesOf(code)).toEqual([undefined]);
  });
});

describe('parameters of same-file helpers', () => {
  const HANDLER = 'function h(req, res) { setCors(res, req.headers.origin); }';

  it.each([
    ['a function declaration', `function setCors(res, origin) { sink(origin); } ${HANDLER}`],
    ['a function expression', 'const setCors = function (res, origin) { sink(origin); }; function h(req, res) { setCors(res, req.get("origin")); }'],
    ['a named function expression that calls itself', 'const setCors = function apply(res, origin, retry) { sink(origin); if (retry) apply(res, "https://a.example"); }; function h(req, res) { setCors(res, req.get("origin")); }'],
    ['an arrow function', 'const setCors = (ctx, origin) => sink(origin); async function h(ctx) { setCors(ctx, ctx.get("Origin")); }'],
    ['an object literal method', 'const cors = { apply(res, origin) { sink(origin); } }; function h(req, res) { cors.apply(res, req.headers.origin); }'],
    ['an object literal arrow property', 'const cors = { apply: (res, origin) => sink(origin) }; function h(req, res) { cors.apply(res, req.headers.origin); }'],
    ['an immediately called function', 'function h(req) { ((origin) => sink(origin))(req.headers.origin); }'],
    ['a parameter with a default', `function setCors(res, origin = '') { sink(origin); } ${HANDLER}`],
    ['a helper called by a helper', 'function write(res, origin) { sink(origin); } function setCors(res, o) { write(res, o.trim()); } ' + HANDLER],
    ['one call among constant ones', `function setCors(res, origin) { sink(origin); } setCors(res, 'https://a.example'); ${HANDLER}`],
    ['a TypeScript non-null callee', `function setCors(res: unknown, origin?: string) { sink(origin); } function h(req, res) { setCors!(res, req.headers.origin); }`],
  ])('follows %s', (_, code) => {
    expect(sourcesOf(code)).toEqual([expect.objectContaining({ kind: 'helper-parameter', text: 'origin' })]);
  });

  it('keys the origin by the parameter: callers may pass the Origins of different requests', () => {
    const [inHelper, inCaller] = sourcesOf('function setCors(res, origin) { sink(origin); } function h(req, res) { sink(req.headers.origin); setCors(res, req.headers.origin); }');
    expect(inHelper!.node).toMatchObject({ type: 'Identifier', name: 'origin', parent: { type: 'FunctionDeclaration' } });
    expect(inHelper!.key).not.toBe(inCaller!.key);
  });

  it.each([
    ['a helper called only with constants', "function setCors(res, origin) { sink(origin); } setCors(res, 'https://a.example');"],
    ['a Map entry named origin', "const m = new Map(); function setCors(res, origin) { sink(origin); } function h(req, res) { setCors(res, m.get('origin')); }"],
    ['a same-named function in another scope', `function setCors(res, origin) { sink(origin); } function h(req, res) { function setCors(r, o) {} setCors(res, req.headers.origin); }`],
    ['a method of another object with the same name', 'const a = { apply(res, origin) { sink(origin); } }; const b = { apply(res, origin) {} }; function h(req, res) { b.apply(res, req.headers.origin); }'],
    ['a parameter the helper reassigns', `function setCors(res, origin) { origin = 'https://a.example'; sink(origin); } ${HANDLER}`],
    ['the origin passed at another position', "function setCors(res, origin, seen) { sink(origin); } function h(req, res) { setCors(res, 'https://a.example', req.headers.origin); }"],
    ['a spread that hides the position', 'function setCors(res, origin) { sink(origin); } function h(req, res) { setCors(...[res], req.headers.origin); }'],
    ['a recursive helper', "function loop(res, origin) { sink(origin); loop(res, origin); } loop(res, 'https://a.example');"],
    ['a callback that is never called here', 'app.use((res, origin) => sink(origin));'],
  ])('is not fooled by %s', (_, code) => {
    expect(sourcesOf(code)).toEqual([undefined]);
  });
});

describe('isOriginGuarded in a helper that receives the origin', () => {
  const guarded = (code: string) => probe(code, (file, [value]) => isOriginGuarded(file, value!));
  const HELPER = 'function setCors(res, origin) { sink(origin); }';

  it.each([
    ['every passing call checks it', `${HELPER} function h(req, res) { const o = req.headers.origin; if (allowed.has(o)) setCors(res, o); } function g(req, res) { if (!allowed.has(req.get('origin'))) return; setCors(res, req.get('origin')); }`],
    ['other calls pass constants', `${HELPER} function h(req, res) { if (allowed.has(req.headers.origin)) setCors(res, req.headers.origin); } setCors(res, 'https://a.example');`],
    ['the caller is itself a checked helper', `${HELPER} function relay(res, o) { setCors(res, o); } function h(req, res) { if (allowed.has(req.headers.origin)) relay(res, req.headers.origin); }`],
  ])('is guarded when %s', (_, code) => {
    expect(guarded(code)).toBe(true);
  });

  it.each([
    ['one call does not check it', `${HELPER} function h(req, res) { if (allowed.has(req.headers.origin)) setCors(res, req.headers.origin); } function g(req, res) { setCors(res, req.headers.origin); }`],
    ['the helper is exported', `export ${HELPER} function h(req, res) { if (allowed.has(req.headers.origin)) setCors(res, req.headers.origin); }`],
    ['the helper is passed on', `${HELPER} function h(req, res) { if (allowed.has(req.headers.origin)) setCors(res, req.headers.origin); } register(setCors);`],
    ['the helper is exported by name', `${HELPER} function h(req, res) { if (allowed.has(req.headers.origin)) setCors(res, req.headers.origin); } export { setCors };`],
    ['the helper is a CommonJS export', `${HELPER} function h(req, res) { if (allowed.has(req.headers.origin)) setCors(res, req.headers.origin); } module.exports = { setCors };`],
    ['a named function expression calls itself with an unchecked origin', "const setCors = function apply(res, origin) { sink(origin); if (!origin) apply(res, res.req.headers.origin); }; function h(req, res) { if (allowed.has(req.headers.origin)) setCors(res, req.headers.origin); }"],
    ['the helper is called through call()', `${HELPER} function h(req, res) { if (allowed.has(req.headers.origin)) setCors(res, req.headers.origin); setCors.call(null, res, req.headers.origin); }`],
    ['the object holding the method is exported', "export const cors = { apply(res, origin) { sink(origin); } }; function h(req, res) { if (allowed.has(req.headers.origin)) cors.apply(res, req.headers.origin); }"],
  ])('is not guarded when %s', (_, code) => {
    expect(guarded(code)).toBe(false);
  });
});

describe('classifyOriginCheck', () => {
  const classify = (code: string, typed = false) =>
    probe(
      code,
      (file, [origin, test]) => classifyOriginCheck(file, test!, sameValuePredicate(file, origin!)),
      { typed },
    );

  it.each([
    ['exact', "const s = new Set(['https://a.example']); function h(req) { const o = req.headers.origin; sink(o); sink(s.has(o)); }"],
    ['exact', "const l = ['https://a.example']; function h(req) { const o = req.headers.origin; sink(o); sink(l.includes(o)); }"],
    ['exact', "function h(req) { const o = req.headers.origin; sink(o); sink(process.env.A.split(',').indexOf(o) !== -1); }"],
    ['exact', "function h(req) { const o = req.headers.origin; sink(o); sink(o === 'https://a.example'); }"],
    ['exact', 'function h(req) { const o = req.headers.origin; sink(o); sink(list.some((x) => x === o)); }'],
    ['weak', "function h(req) { const o = req.headers.origin; sink(o); sink(o.endsWith('example.com')); }"],
    ['weak', "function h(req) { const o = req.headers.origin; sink(o); sink(o.startsWith('https://a.example')); }"],
    ['weak', "function h(req) { const o = req.headers.origin; sink(o); sink(o.indexOf('example.com') >= 0); }"],
    ['weak', 'function h(req) { const o = req.headers.origin; sink(o); sink(/example\\.com$/.test(o)); }'],
    ['weak', "function h(req) { const o = req.headers.origin; sink(o); sink(new URL(o).hostname === 'a.example'); }"],
    ['weak', "import url from 'node:url'; function h(req) { const o = req.headers.origin; sink(o); sink(url.parse(o).hostname.endsWith('example.com')); }"],
    ['weak', "const { parse } = require('url'); function h(req) { const o = req.headers.origin; sink(o); const { hostname } = parse(o); sink(hostname === 'a.example'); }"],
    // A string allowlist: reversed containment.
    ['weak', "const l = 'https://a.example,https://b.example'; function h(req) { const o = req.headers.origin; sink(o); sink(l.includes(o)); }"],
    ['weak', 'function h(req) { const o = req.headers.origin; sink(o); sink(process.env.ORIGINS.includes(o)); }'],
  ])('%s: %s', (strength, code) => {
    expect(classify(code)).toBe(strength);
  });

  it('is no check of the origin when it tests another value', () => {
    expect(classify("function h(req) { const o = req.headers.origin; sink(o); sink(s.has(req.headers.host)); }")).toBeUndefined();
  });

  it('does not take any function named parse for the URL parser', () => {
    expect(classify("function parse(x) { return { hostname: x }; } function h(req) { const o = req.headers.origin; sink(o); sink(parse(o).hostname === 'a.example'); }")).toBeUndefined();
  });

  it('uses TypeScript types to tell a string allowlist from an array', () => {
    const stringList = 'export function h(req: { headers: { origin?: string } }, list: string) { const o = req.headers.origin ?? ""; sink(o); sink(list.includes(o)); } declare function sink(x: unknown): void;';
    const arrayList = 'export function h(req: { headers: { origin?: string } }, list: string[]) { const o = req.headers.origin ?? ""; sink(o); sink(list.includes(o)); } declare function sink(x: unknown): void;';
    expect(classify(stringList, true)).toBe('weak');
    expect(classify(arrayList, true)).toBe('exact');
    expect(classify(stringList, false)).toBe('exact');
  });
});
