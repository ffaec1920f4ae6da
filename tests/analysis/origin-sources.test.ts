import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { collectorListeners, createCollectedNodes } from '../../src/analysis/collect';
import { createCorsFile, type CorsFile } from '../../src/analysis/file-context';
import { classifyOriginCheck, sameValuePredicate } from '../../src/analysis/guards';
import { originSourceOf } from '../../src/analysis/origin-sources';

/** Lints `code` and hands `inspect` the analysed file and every `sink(x)` argument, in order. */
function probe<T>(code: string, inspect: (file: CorsFile, sinks: TSESTree.Node[]) => T, options: { typed?: boolean } = {}): T {
  let result: T | undefined;
  const rule = {
    meta: { type: 'problem', schema: [] },
    create(context: TSESLint.RuleContext<string, []>) {
      const nodes = createCollectedNodes();
      return {
        ...collectorListeners(nodes),
        'Program:exit': () => {
          const sinks = nodes.calls
            .filter((call) => call.callee.type === 'Identifier' && call.callee.name === 'sink')
            .map((call) => call.arguments[0]!);
          result = inspect(createCorsFile(context, nodes), sinks);
        },
      };
    },
  };
  const parserOptions = options.typed ? { projectService: { allowDefaultProject: ['*.ts'] }, tsconfigRootDir: process.cwd() } : {};
  const messages = new Linter().verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser, parserOptions, globals: { URL: 'readonly', Headers: 'readonly', process: 'readonly', require: 'readonly', window: 'readonly' } },
        plugins: { probe: { rules: { probe: rule as never } } },
        rules: { 'probe/probe': 'error' },
      },
    ],
    { filename: `${process.cwd()}/probe-${options.typed ? 'typed' : 'plain'}.ts` },
  );
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(fatal.message);
  return result as T;
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
