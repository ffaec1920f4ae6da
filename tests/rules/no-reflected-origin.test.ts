import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../rules/no-reflected-origin';
import { createRuleTester } from '../support/rule-tester';

const ruleTester = createRuleTester();

const ATTACKER = 'https://evil.example';
const WITH_CREDENTIALS = " with the user's cookies (this response allows credentials)";
const WITHOUT_CREDENTIALS = ', with cookies if credentials are on';
const DECLARATION_TS = "const allowedOrigins = new Set<string>([/* the exact trusted origins, e.g. 'https://app.example.com' */]);";
const DECLARATION_JS = "const allowedOrigins = new Set([/* the exact trusted origins, e.g. 'https://app.example.com' */]);";
const DECLARING = ', and declare an empty `allowedOrigins` Set for the trusted origins (none is allowed until you list them)';

interface Reflection {
  /** The write as it appears in `code`, and what the suggestion turns it into. */
  readonly from: string;
  readonly to: string;
  /** The origin expression the suggestion checks. */
  readonly origin: string;
  readonly credentials?: boolean;
  /** The file already declares `allowedOrigins` as a Set: the suggestion reuses it. */
  readonly reuses?: boolean;
  readonly filename?: string;
}

/** The code with the suggestion's declaration: after the last import, else on top. */
function withDeclaration(code: string, declaration: string): string {
  const imports = [...code.matchAll(/^import [^\n]*;$/gm)];
  const last = imports.at(-1);
  if (!last) return `${declaration}\n${code}`;
  const end = last.index + last[0].length;
  return `${code.slice(0, end)}\n${declaration}${code.slice(end)}`;
}

/** An unguarded reflection with its editor suggestion. */
function reflected(code: string, reflection: Reflection): InvalidTestCase<MessageIds, Options> {
  if (!code.includes(reflection.from)) throw new Error(`test setup: ${reflection.from} not in ${code}`);
  const declaration = reflection.filename?.endsWith('.js') ? DECLARATION_JS : DECLARATION_TS;
  const rewritten = code.replace(reflection.from, reflection.to);
  return {
    code,
    ...(reflection.filename ? { filename: reflection.filename } : {}),
    errors: [
      {
        messageId: 'reflectedOrigin',
        data: { attackerOrigin: ATTACKER, credentialsNote: reflection.credentials ? WITH_CREDENTIALS : WITHOUT_CREDENTIALS },
        suggestions: [
          {
            messageId: 'allowlistOrigin',
            data: { allowlist: 'allowedOrigins', origin: reflection.origin, declaration: reflection.reuses ? '' : DECLARING },
            output: reflection.reuses ? rewritten : withDeclaration(rewritten, declaration),
          },
        ],
      },
    ],
  };
}

/** An unguarded reflection the suggestion cannot rewrite locally. */
function reflectedWithoutSuggestion(code: string, credentials = false): InvalidTestCase<MessageIds, Options> {
  return {
    code,
    errors: [
      {
        messageId: 'reflectedOrigin',
        data: { attackerOrigin: ATTACKER, credentialsNote: credentials ? WITH_CREDENTIALS : WITHOUT_CREDENTIALS },
        suggestions: [],
      },
    ],
  };
}

/**
 * The write as the fix writes it: a value that is more than the origin (`origin || '*'`) becomes the
 * origin, non-null in TypeScript.
 */
function fixedWrite(write: string, origin: string, replaces?: string): string {
  if (replaces === undefined) return write;
  if (!write.includes(replaces)) throw new Error(`test setup: ${replaces} not in ${write}`);
  return write.replace(replaces, `${origin}!`);
}

/** `if (allowedOrigins.has(<origin> ?? '')) <statement>`. */
function wrapStatement(statement: string, origin: string, options: { credentials?: boolean; replaces?: string } = {}): Reflection {
  const write = fixedWrite(statement, origin, options.replaces);
  return { from: statement, to: `if (allowedOrigins.has(${origin} ?? '')) ${write}`, origin, credentials: options.credentials };
}

/** `{ if (allowedOrigins.has(<origin> ?? '')) <statement> }`: the statement is the branch of another `if`. */
function wrapBranch(statement: string, origin: string): Reflection {
  return { from: statement, to: `{ if (allowedOrigins.has(${origin} ?? '')) ${statement} }`, origin };
}

/** `...(allowedOrigins.has(<origin> ?? '') ? { <property> } : {})`. */
function spreadProperty(property: string, origin: string, options: { credentials?: boolean; replaces?: string } = {}): Reflection {
  const write = fixedWrite(property, origin, options.replaces);
  return { from: property, to: `...(allowedOrigins.has(${origin} ?? '') ? { ${write} } : {})`, origin, credentials: options.credentials };
}

/** `...(allowedOrigins.has(<origin> ?? '') ? [<items>] : [])`. */
function spreadItems(items: string, origin: string, options: { replaces?: string } = {}): Reflection {
  const write = fixedWrite(items, origin, options.replaces);
  return { from: items, to: `...(allowedOrigins.has(${origin} ?? '') ? [${write}] : [])`, origin };
}

ruleTester.run<MessageIds, Options>('no-reflected-origin', rule as never, {
  valid: [
    // ---- The classic correct pattern: Vary outside, exact allowlist around the echo ----------
    `import express from 'express';
const app = express();
const allowlist = ['https://app.example.com', 'https://admin.example.com'];
app.use((req, res, next) => {
  const origin = req.headers.origin;
  res.vary('Origin');
  if (origin && allowlist.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});`,
    `const ALLOWED = new Set(['https://app.example.com']);
http.createServer((req, res) => {
  res.setHeader('Vary', 'Origin');
  if (ALLOWED.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.end();
});`,

    // ---- Guard forms -------------------------------------------------------------------------
    // if/else: the write in the else branch of a negated check.
    `function cors(req, res) { const origin = req.get('origin'); if (!allowed.has(origin)) { res.status(403); } else { res.set('Access-Control-Allow-Origin', origin); } }`,
    // Early return, throw, return next(), next(); return.
    `function cors(req, res, next) { const origin = req.headers.origin; if (!allowed.has(origin)) return; res.setHeader('Access-Control-Allow-Origin', origin); }`,
    `function cors(req, res, next) { const origin = req.headers.origin; if (!allowed.has(origin)) { throw new Error('origin not allowed'); } res.setHeader('Access-Control-Allow-Origin', origin); }`,
    `function cors(req, res, next) { if (!allowed.includes(req.headers.origin)) return next(); res.setHeader('Access-Control-Allow-Origin', req.headers.origin); next(); }`,
    `function cors(req, res, next) { const { origin } = req.headers; if (!allowed.has(origin)) { next(); return; } res.setHeader('Access-Control-Allow-Origin', origin); next(); }`,
    `async function cors(ctx, next) { const origin = ctx.get('Origin'); if (!origin || !allowed.has(origin)) { ctx.status = 403; return; } ctx.set('Access-Control-Allow-Origin', origin); await next(); }`,
    // The positive check with an else that exits.
    `function cors(req, res) { const origin = req.headers.origin; if (allowed.has(origin)) {} else return; res.setHeader('Access-Control-Allow-Origin', origin); }`,
    // Ternary and &&.
    `function cors(req, res) { const origin = req.headers.origin; res.setHeader('Access-Control-Allow-Origin', allowed.has(origin) ? origin : 'https://app.example.com'); }`,
    `function cors(req, res) { const origin = req.headers.origin; const ok = allowed.has(origin); res.set('Access-Control-Allow-Origin', ok ? origin : undefined); }`,
    `function cors(req, res) { const origin = req.headers.origin; allowed.has(origin) && res.setHeader('Access-Control-Allow-Origin', origin); }`,
    `function cors(req, res) { const origin = req.headers.origin; !allowed.has(origin) || res.setHeader('Access-Control-Allow-Origin', origin); }`,
    // A variable decided under a guard.
    `function cors(req, res) { const origin = req.headers.origin; const allowOrigin = allowed.has(origin) ? origin : undefined; res.setHeader('Access-Control-Allow-Origin', allowOrigin); }`,
    `function cors(req, res) { const origin = req.headers.origin; let allowOrigin; if (allowed.has(origin)) allowOrigin = origin; res.setHeader('Access-Control-Allow-Origin', allowOrigin); }`,
    // switch on constants.
    `function cors(req, res) { const origin = req.headers.origin; switch (origin) { case 'https://a.example.com': case 'https://b.example.com': res.setHeader('Access-Control-Allow-Origin', origin); break; default: res.statusCode = 403; } }`,
    // Exact checks: Set#has, includes/indexOf/some on arrays, === constants.
    `const ALLOWED = ['https://app.example.com']; function cors(req, res) { if (ALLOWED.indexOf(req.headers.origin) !== -1) res.setHeader('Access-Control-Allow-Origin', req.headers.origin); }`,
    `const ALLOWED = ['https://app.example.com']; function cors(req, res) { if (ALLOWED.indexOf(req.headers.origin) >= 0) res.setHeader('Access-Control-Allow-Origin', req.headers.origin); }`,
    `const ALLOWED = ['https://app.example.com']; function cors(req, res) { if (ALLOWED.indexOf(req.headers.origin) > -1) res.setHeader('Access-Control-Allow-Origin', req.headers.origin); }`,
    `const ALLOWED = ['https://app.example.com']; function cors(req, res) { if (ALLOWED.indexOf(req.headers.origin) === -1) return; res.setHeader('Access-Control-Allow-Origin', req.headers.origin); }`,
    `const ALLOWED = ['https://app.example.com']; function cors(req, res) { const origin = req.headers.origin; if (ALLOWED.some((allowedOrigin) => allowedOrigin === origin)) res.setHeader('Access-Control-Allow-Origin', origin); }`,
    `const ALLOWED = process.env.ORIGINS.split(','); function cors(req, res) { const origin = req.headers.origin; if (ALLOWED.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin); }`,
    `function cors(req, res) { const origin = req.headers.origin; if (origin === 'https://app.example.com' || origin === 'https://admin.example.com') res.setHeader('Access-Control-Allow-Origin', origin); }`,
    `function cors(req, res) { const origin = req.headers.origin; if ('https://app.example.com' === origin) res.setHeader('Access-Control-Allow-Origin', origin); }`,
    `function cors(req, res) { const origin = req.headers.origin; if (origin === process.env.FRONTEND_ORIGIN) res.setHeader('Access-Control-Allow-Origin', origin); }`,
    `const ALLOWED = { 'https://app.example.com': true }; function cors(req, res) { const origin = req.headers.origin; if (ALLOWED[origin]) res.setHeader('Access-Control-Allow-Origin', origin); }`,
    // Same-file predicates: function, arrow, loop with `return true` under a check.
    `const ALLOWED = new Set(['https://app.example.com']); function isAllowed(o) { return ALLOWED.has(o); } function cors(req, res) { const origin = req.headers.origin; if (isAllowed(origin)) res.setHeader('Access-Control-Allow-Origin', origin); }`,
    `const isAllowed = (o: string | undefined) => o !== undefined && ALLOWED.includes(o); export function cors(req, res) { if (!isAllowed(req.headers.origin)) return; res.setHeader('Access-Control-Allow-Origin', req.headers.origin); }`,
    `function isAllowed(o) { for (const a of ALLOWED) { if (a === o) return true; } return false; } function cors(req, res) { const origin = req.headers.origin; if (isAllowed(origin)) res.setHeader('Access-Control-Allow-Origin', origin); }`,
    `async function isAllowed(o) { return (await loadAllowlist()).has(o); } async function cors(req, res) { const origin = req.headers.origin; if (await isAllowed(origin)) res.setHeader('Access-Control-Allow-Origin', origin); }`,
    // A check in another module is out of sight: trusted as a check.
    `import { isAllowedOrigin } from './cors-policy'; function cors(req, res) { const origin = req.headers.origin; if (isAllowedOrigin(origin)) res.setHeader('Access-Control-Allow-Origin', origin); }`,
    `function cors(req, res) { const origin = req.headers.origin; if (this.policy.allows(origin)) res.setHeader('Access-Control-Allow-Origin', origin); }`,
    // Weak checks guard the write here; cors/no-weak-origin-check reports them.
    `function cors(req, res) { const origin = req.headers.origin; if (origin.endsWith('.example.com')) res.setHeader('Access-Control-Allow-Origin', origin); }`,
    `function cors(req, res) { const origin = req.headers.origin; if (origin && origin.startsWith('https://app.example.com')) res.setHeader('Access-Control-Allow-Origin', origin); }`,
    `function cors(req, res) { const origin = req.headers.origin; if (origin.includes('example.com')) res.setHeader('Access-Control-Allow-Origin', origin); }`,
    `function cors(req, res) { const origin = req.headers.origin; if (origin.indexOf('example.com') !== -1) res.setHeader('Access-Control-Allow-Origin', origin); }`,
    `function cors(req, res) { const origin = req.headers.origin; if (/^https:\\/\\/app\\.example\\.com$/.test(origin)) res.setHeader('Access-Control-Allow-Origin', origin); }`,
    `function cors(req, res) { const origin = req.headers.origin; if (origin.match('example.com')) res.setHeader('Access-Control-Allow-Origin', origin); }`,
    `function cors(req, res) { const origin = req.headers.origin; if (new URL(origin).hostname === 'app.example.com') res.setHeader('Access-Control-Allow-Origin', origin); }`,
    `import url from 'node:url'; function cors(req, res) { const origin = req.headers.origin; if (url.parse(origin).hostname.endsWith('example.com')) res.setHeader('Access-Control-Allow-Origin', origin); }`,
    `function cors(req, res) { const origin = req.headers.origin; if (process.env.CORS_ORIGINS.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin); }`,

    // ---- Guards per framework ---------------------------------------------------------------
    `import Koa from 'koa'; const app = new Koa(); app.use(async (ctx, next) => { const origin = ctx.get('Origin'); ctx.vary('Origin'); if (allowed.has(origin)) ctx.set('Access-Control-Allow-Origin', origin); await next(); });`,
    `fastify.addHook('onRequest', async (request, reply) => { const origin = request.headers.origin; if (origin && allowed.has(origin)) reply.header('Access-Control-Allow-Origin', origin); });`,
    `app.use('*', async (c, next) => { const origin = c.req.header('origin'); if (origin && allowed.has(origin)) c.header('Access-Control-Allow-Origin', origin); await next(); });`,
    `export async function GET(request: Request) { const origin = request.headers.get('origin'); const headers = new Headers({ Vary: 'Origin' }); if (origin && allowed.has(origin)) headers.set('Access-Control-Allow-Origin', origin); return new Response('ok', { headers }); }`,
    `export const handler = async (event) => { const origin = event.headers.origin ?? event.headers.Origin; return { statusCode: 200, headers: { Vary: 'Origin', ...(allowed.has(origin) ? { 'Access-Control-Allow-Origin': origin } : {}) }, body: '' }; };`,
    `export const handler = async (event) => { const origin = event.headers.origin; if (!allowed.has(origin)) return { statusCode: 403, body: '' }; return { statusCode: 200, headers: { 'Access-Control-Allow-Origin': origin }, body: '' }; };`,
    `function handler(req, res) { const origin = req.headers.origin; res.writeHead(200, { ...(allowed.has(origin ?? '') ? { 'Access-Control-Allow-Origin': origin } : {}), Vary: 'Origin' }); }`,
    `function handler(req, res) { const origin = req.headers.origin; res.writeHead(200, [...(allowed.has(origin ?? '') ? [['Access-Control-Allow-Origin', origin]] : []), ['Vary', 'Origin']]); }`,
    `new Elysia().get('/', ({ request, set }) => { const origin = request.headers.get('origin'); if (origin && allowed.has(origin)) set.headers['access-control-allow-origin'] = origin; return 'ok'; });`,
    // A helper that only returns an allowed origin.
    `function pickOrigin(req) { const origin = req.headers.origin; return allowed.has(origin) ? origin : undefined; } function cors(req, res) { res.setHeader('Access-Control-Allow-Origin', pickOrigin(req)); }`,
    `function pickOrigin(req) { const origin = req.headers.origin; if (!allowed.has(origin)) return undefined; return origin; } function cors(req, res) { const allowOrigin = pickOrigin(req); if (allowOrigin) res.setHeader('Access-Control-Allow-Origin', allowOrigin); }`,
    // The codemod's own output is clean (a second run changes nothing).
    `function cors(req, res) { if (allowedOrigins.has(req.headers.origin ?? '')) res.setHeader('Access-Control-Allow-Origin', req.headers.origin); }`,
    `function cors(req, res) { (allowedOrigins.has(req.get('origin') ?? '') ? res.set('Access-Control-Allow-Origin', req.get('origin')) : res).set('Vary', 'Origin'); }`,

    // ---- Not the request Origin ---------------------------------------------------------------
    `function cors(req, res) { res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com'); }`,
    `function cors(req, res) { res.setHeader('Access-Control-Allow-Origin', '*'); }`,
    `function cors(req, res) { res.setHeader('Access-Control-Allow-Origin', process.env.FRONTEND_ORIGIN); }`,
    `function cors(req, res) { res.setHeader('X-Request-Origin', req.headers.origin); }`,
    `function cors(req, res) { res.setHeader('Access-Control-Allow-Origin', req.headers.host); }`,
    // Koa 2's ctx.origin is the server's own origin.
    `app.use(async (ctx) => { ctx.set('Access-Control-Allow-Origin', ctx.origin); });`,
    // A message event's origin is a window's, not a request's.
    `window.addEventListener('message', (event) => { const headers = new Headers(); headers.set('Access-Control-Allow-Origin', event.origin); });`,
    // A map that happens to have an 'origin' key.
    `const settings = new Map([['origin', 'https://app.example.com']]); function cors(req, res) { res.setHeader('Access-Control-Allow-Origin', settings.get('origin')); }`,
    `const config = { headers: { origin: 'https://app.example.com' } }; function cors(req, res) { res.setHeader('Access-Control-Allow-Origin', config.headers.origin); }`,
    `function cors(req, res) { const { origin } = config; res.setHeader('Access-Control-Allow-Origin', origin); }`,
    // Shadowed: the inner req is a local object.
    `function cors(req, res) { { const req = { headers: { origin: 'https://app.example.com' } }; res.setHeader('Access-Control-Allow-Origin', req.headers.origin); } }`,
    // A let that is not always the origin.
    `function cors(req, res) { let allowOrigin = 'https://app.example.com'; if (debug) allowOrigin = req.headers.origin; res.setHeader('Access-Control-Allow-Origin', allowOrigin); }`,

    // A header of the request a server sends upstream, not of its response: the browser never sees it.
    `app.use(async (req, res) => {
  const upstream = await fetch('https://internal.example/api', { headers: { 'Access-Control-Allow-Origin': req.headers.origin } });
  res.json(await upstream.json());
});`,
    // ---- Helpers that receive the origin as a parameter ---------------------------------------
    // Every call that passes the origin checks it first: the write inside the helper is guarded.
    `const allowed = new Set(['https://app.example.com']);
function setCors(res, origin) {
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
}
app.use((req, res, next) => { const o = req.headers.origin; if (allowed.has(o)) setCors(res, o); next(); });
app.options('*', (req, res) => { if (!allowed.has(req.get('origin'))) return res.sendStatus(403); setCors(res, req.get('origin')); res.sendStatus(204); });
setCors(healthResponse, 'https://status.example.com');`,
    `import Koa from 'koa';
const app = new Koa();
const applyCors = (ctx, origin) => { ctx.set('Access-Control-Allow-Origin', origin); };
app.use(async (ctx, next) => { const origin = ctx.get('Origin'); if (origin === 'https://app.example.com') applyCors(ctx, origin); await next(); });`,
    // A guard inside the helper.
    `function setCors(res, origin) { if (allowed.has(origin)) res.setHeader('Access-Control-Allow-Origin', origin); }
app.use((req, res, next) => { setCors(res, req.headers.origin); next(); });`,
    // Called only with a constant, or with a Map entry that happens to be named 'origin'.
    `function setCors(res, origin) { res.setHeader('Access-Control-Allow-Origin', origin); }
app.use((req, res, next) => { setCors(res, 'https://app.example.com'); next(); });`,
    `const settings = new Map([['origin', 'https://app.example.com']]);
function setCors(res, origin) { res.setHeader('Access-Control-Allow-Origin', origin); }
app.use((req, res, next) => { setCors(res, settings.get('origin')); next(); });`,
    // The call that passes the origin names another function of the same name (resolved by scope).
    `function setCors(res, origin) { res.setHeader('Access-Control-Allow-Origin', origin); }
setCors(res, 'https://app.example.com');
app.use((req, res, next) => {
  function setCors(res, value) { res.setHeader('X-Request-Origin', value); }
  setCors(res, req.headers.origin);
  next();
});`,
    // An HTTP/1 server's listener: its second parameter is no headers record.
    `import { createServer } from 'node:http';
createServer().on('stream', (stream, headers) => stream.respond({ 'access-control-allow-origin': headers.origin }));`,
    // h3 with an exact allowlist; a local function named like h3's is not h3's.
    `import { defineEventHandler, getRequestHeader, setResponseHeader, appendResponseHeader } from 'h3';
const allowed = new Set(['https://app.example.com']);
export default defineEventHandler((event) => {
  const origin = getRequestHeader(event, 'origin');
  appendResponseHeader(event, 'Vary', 'Origin');
  if (origin && allowed.has(origin)) setResponseHeader(event, 'Access-Control-Allow-Origin', origin);
});`,
    `function getRequestHeader(event: { origin: string }, name: string) { return name === 'origin' ? 'https://app.example.com' : ''; }
export const handler = (event: { origin: string }, res: ServerResponse) => res.setHeader('Access-Control-Allow-Origin', getRequestHeader(event, 'origin'));`,
    // Class methods called on \`this\`: every call checks the origin (private, #private, and a public
    // method of a class that stays in the file).
    `const allowed = new Set(['https://app.example.com']);
class Cors {
  private apply(res: ServerResponse, origin: string) { res.setHeader('Access-Control-Allow-Origin', origin); }
  handle(req: IncomingMessage, res: ServerResponse) { const origin = req.headers.origin; if (origin && allowed.has(origin)) this.apply(res, origin); }
}`,
    `class Cors {
  #apply(res, origin) { res.setHeader('Access-Control-Allow-Origin', origin); }
  handle = (req, res) => { const { origin } = req.headers; if (ALLOWED.includes(origin)) this.#apply(res, origin); };
}
export default Cors;`,
    `class Cors {
  apply(res, origin) { res.setHeader('Access-Control-Allow-Origin', origin); }
  handle(req, res) { if (!ALLOWED.includes(req.get('origin'))) return; this.apply(res, req.get('origin')); }
}
app.use((req, res) => new Cors().handle(req, res));`,
    // A \`this\` of a nested function, or of another class, is not the class instance.
    `class Cors {
  apply(res, origin) { res.setHeader('Access-Control-Allow-Origin', origin); }
  handle(req, res) { function inner() { this.apply(res, req.headers.origin); } inner.call(other); this.apply(res, 'https://app.example.com'); }
}
new Cors();`,
    // The origin goes to another parameter; the helper reassigns the one it writes.
    `function setCors(res, origin, requested) { log(requested); res.setHeader('Access-Control-Allow-Origin', origin); }
app.use((req, res, next) => { setCors(res, 'https://app.example.com', req.headers.origin); next(); });`,
    `function setCors(res, origin) { origin = 'https://app.example.com'; res.setHeader('Access-Control-Allow-Origin', origin); }
app.use((req, res, next) => { setCors(res, req.headers.origin); next(); });`,
  ],
  invalid: [
    // ---- Node http ---------------------------------------------------------------------------
    reflected(
      `import http from 'node:http';
http.createServer((req, res) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.end();
});`,
      wrapStatement("res.setHeader('Access-Control-Allow-Origin', req.headers.origin);", 'req.headers.origin'),
    ),
    reflected(
      `const http = require('http');
http.createServer((req, res) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers['origin']);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.end();
});`,
      { ...wrapStatement("res.setHeader('Access-Control-Allow-Origin', req.headers['origin']);", "req.headers['origin']", { credentials: true }), filename: 'server.js' },
    ),
    reflected(
      `function handler(req, res) { const { origin } = req.headers; res.writeHead(200, { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' }); }`,
      spreadProperty("'Access-Control-Allow-Origin': origin", 'origin'),
    ),
    reflected(
      `function handler(req, res) { const { headers: { origin } } = req; res.writeHead(200, ['Access-Control-Allow-Origin', origin, 'Vary', 'Origin']); }`,
      spreadItems("'Access-Control-Allow-Origin', origin", 'origin'),
    ),
    reflected(
      `function handler(req, res) { const origin = req.headers.origin; res.writeHead(200, 'OK', [['Access-Control-Allow-Origin', origin], ['Vary', 'Origin']]); }`,
      spreadItems("['Access-Control-Allow-Origin', origin]", 'origin'),
    ),
    reflected(
      `function handler(req, res) { res.appendHeader('Access-Control-Allow-Origin', req.headers.origin); }`,
      wrapStatement("res.appendHeader('Access-Control-Allow-Origin', req.headers.origin);", 'req.headers.origin'),
    ),
    reflected(
      `function handler(req, res) { res.setHeaders(new Map([['Access-Control-Allow-Origin', req.headers.origin]])); }`,
      spreadItems("['Access-Control-Allow-Origin', req.headers.origin]", 'req.headers.origin'),
    ),
    reflected(
      `function handler(req, res) { res.setHeaders(new Headers({ 'access-control-allow-origin': req.headers.origin })); }`,
      spreadProperty("'access-control-allow-origin': req.headers.origin", 'req.headers.origin'),
    ),
    // A braceless branch keeps its else: the suggestion adds braces.
    reflected(
      `function handler(req, res) { if (req.method === 'OPTIONS') res.setHeader('Access-Control-Allow-Origin', req.headers.origin); else res.end(); }`,
      {
        from: "res.setHeader('Access-Control-Allow-Origin', req.headers.origin);",
        to: "{ if (allowedOrigins.has(req.headers.origin ?? '')) res.setHeader('Access-Control-Allow-Origin', req.headers.origin); }",
        origin: 'req.headers.origin',
      },
    ),

    // ---- Express -----------------------------------------------------------------------------
    reflected(
      `import express from 'express';
const app = express();
app.use((req, res, next) => {
  res.set('Access-Control-Allow-Origin', req.get('origin'));
  next();
});`,
      wrapStatement("res.set('Access-Control-Allow-Origin', req.get('origin'));", "req.get('origin')"),
    ),
    reflected(
      `const express = require('express');
const app = express();
app.use(function (req, res, next) {
  res.header('Access-Control-Allow-Origin', req.header('Origin'));
  res.header('Access-Control-Allow-Credentials', true);
  next();
});`,
      wrapStatement("res.header('Access-Control-Allow-Origin', req.header('Origin'));", "req.header('Origin')", { credentials: true }),
    ),
    reflected(
      `app.use((req, res, next) => { res.set({ 'Access-Control-Allow-Origin': req.headers.origin, 'Access-Control-Allow-Credentials': 'true' }); next(); });`,
      spreadProperty("'Access-Control-Allow-Origin': req.headers.origin", 'req.headers.origin', { credentials: true }),
    ),
    reflected(
      `app.use((req, res, next) => { res.header({ 'Access-Control-Allow-Origin': req.get('Origin') }); next(); });`,
      spreadProperty("'Access-Control-Allow-Origin': req.get('Origin')", "req.get('Origin')"),
    ),
    reflected(
      `app.use((req, res, next) => { res.append('Access-Control-Allow-Origin', req.headers.origin); next(); });`,
      wrapStatement("res.append('Access-Control-Allow-Origin', req.headers.origin);", 'req.headers.origin'),
    ),
    // Chained: the ternary falls back to the receiver the API returns.
    reflected(`app.use((req, res, next) => { res.set('Access-Control-Allow-Origin', req.get('origin')).set('Vary', 'Origin'); next(); });`, {
      from: "res.set('Access-Control-Allow-Origin', req.get('origin'))",
      to: "(allowedOrigins.has(req.get('origin') ?? '') ? res.set('Access-Control-Allow-Origin', req.get('origin')) : res)",
      origin: "req.get('origin')",
    }),
    // Next pages API route.
    reflected(
      `export default function handler(req, res) { res.setHeader('Access-Control-Allow-Origin', req.headers.origin as string); res.status(200).json({}); }`,
      wrapStatement("res.setHeader('Access-Control-Allow-Origin', req.headers.origin as string);", 'req.headers.origin'),
    ),

    // ---- Koa ---------------------------------------------------------------------------------
    reflected(
      `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  ctx.set('Access-Control-Allow-Origin', ctx.get('Origin'));
  ctx.set('Access-Control-Allow-Credentials', 'true');
  await next();
});`,
      wrapStatement("ctx.set('Access-Control-Allow-Origin', ctx.get('Origin'));", "ctx.get('Origin')", { credentials: true }),
    ),
    reflected(
      `app.use(async (ctx, next) => { ctx.response.set('Access-Control-Allow-Origin', ctx.request.get('origin')); await next(); });`,
      wrapStatement("ctx.response.set('Access-Control-Allow-Origin', ctx.request.get('origin'));", "ctx.request.get('origin')"),
    ),
    reflected(
      `app.use(async (ctx, next) => { ctx.append('Access-Control-Allow-Origin', ctx.headers.origin); await next(); });`,
      wrapStatement("ctx.append('Access-Control-Allow-Origin', ctx.headers.origin);", 'ctx.headers.origin'),
    ),
    reflected(
      `app.use(async (ctx, next) => { ctx.set({ 'Access-Control-Allow-Origin': ctx.request.header.origin }); await next(); });`,
      spreadProperty("'Access-Control-Allow-Origin': ctx.request.header.origin", 'ctx.request.header.origin'),
    ),
    reflected(
      `router.get('/', (ctx) => { ctx.set('Access-Control-Allow-Origin', ctx.header.origin); });`,
      wrapStatement("ctx.set('Access-Control-Allow-Origin', ctx.header.origin);", 'ctx.header.origin'),
    ),

    // ---- Fastify -----------------------------------------------------------------------------
    reflected(
      `fastify.get('/', async (request, reply) => { reply.header('Access-Control-Allow-Origin', request.headers.origin); return {}; });`,
      wrapStatement("reply.header('Access-Control-Allow-Origin', request.headers.origin);", 'request.headers.origin'),
    ),
    reflected(
      `fastify.addHook('onSend', async (request, reply) => { reply.headers({ 'Access-Control-Allow-Origin': request.headers['origin'], 'Access-Control-Allow-Credentials': 'true' }); });`,
      spreadProperty("'Access-Control-Allow-Origin': request.headers['origin']", "request.headers['origin']", { credentials: true }),
    ),
    reflected(
      `fastify.addHook('onRequest', (request, reply, done) => { reply.raw.setHeader('Access-Control-Allow-Origin', request.raw.headers.origin); done(); });`,
      wrapStatement("reply.raw.setHeader('Access-Control-Allow-Origin', request.raw.headers.origin);", 'request.raw.headers.origin'),
    ),

    // ---- Hono --------------------------------------------------------------------------------
    reflected(
      `import { Hono } from 'hono';
const app = new Hono();
app.use('*', async (c, next) => {
  c.header('Access-Control-Allow-Origin', c.req.header('origin'));
  await next();
});`,
      wrapStatement("c.header('Access-Control-Allow-Origin', c.req.header('origin'));", "c.req.header('origin')"),
    ),
    reflected(
      `app.get('/', (c) => c.json({ ok: true }, 200, { 'Access-Control-Allow-Origin': c.req.header('Origin') ?? '' }));`,
      spreadProperty("'Access-Control-Allow-Origin': c.req.header('Origin') ?? ''", "c.req.header('Origin')", { replaces: "c.req.header('Origin') ?? ''" }),
    ),
    reflected(
      `app.get('/', (c) => c.text('ok', 200, { 'Access-Control-Allow-Origin': c.req.raw.headers.get('origin') }));`,
      spreadProperty("'Access-Control-Allow-Origin': c.req.raw.headers.get('origin')", "c.req.raw.headers.get('origin')"),
    ),
    reflected(
      `app.options('/', (c) => c.body(null, 204, { 'Access-Control-Allow-Origin': c.req.header()['origin'] }));`,
      spreadProperty("'Access-Control-Allow-Origin': c.req.header()['origin']", "c.req.header()['origin']"),
    ),
    reflected(
      `app.use('*', async (c, next) => { c.header('Access-Control-Allow-Origin', c.req.header('origin'), { append: true }); await next(); });`,
      wrapStatement("c.header('Access-Control-Allow-Origin', c.req.header('origin'), { append: true });", "c.req.header('origin')"),
    ),

    // ---- Web: Headers, Response, Next route handlers and middleware --------------------------
    reflected(
      `export async function GET(request: Request) { const headers = new Headers(); headers.set('Access-Control-Allow-Origin', request.headers.get('origin') ?? ''); return new Response('ok', { headers }); }`,
      wrapStatement("headers.set('Access-Control-Allow-Origin', request.headers.get('origin') ?? '');", "request.headers.get('origin')", {
        replaces: "request.headers.get('origin') ?? ''",
      }),
    ),
    reflected(
      `export default { async fetch(request) { const response = await fetch(request); const copy = new Response(response.body, response); copy.headers.append('Access-Control-Allow-Origin', request.headers.get('Origin')); return copy; } };`,
      wrapStatement("copy.headers.append('Access-Control-Allow-Origin', request.headers.get('Origin'));", "request.headers.get('Origin')"),
    ),
    reflected(
      `export async function GET(request: Request) { return new Response('ok', { headers: { 'Access-Control-Allow-Origin': request.headers.get('origin') ?? '', 'Access-Control-Allow-Credentials': 'true' } }); }`,
      spreadProperty("'Access-Control-Allow-Origin': request.headers.get('origin') ?? ''", "request.headers.get('origin')", {
        credentials: true,
        replaces: "request.headers.get('origin') ?? ''",
      }),
    ),
    reflected(
      `export async function GET(request: Request) { return Response.json({ ok: true }, { headers: { 'Access-Control-Allow-Origin': request.headers.get('origin') ?? '' } }); }`,
      spreadProperty("'Access-Control-Allow-Origin': request.headers.get('origin') ?? ''", "request.headers.get('origin')", {
        replaces: "request.headers.get('origin') ?? ''",
      }),
    ),
    reflected(
      `export async function GET(request: Request) { return new Response(null, { headers: new Headers([['Access-Control-Allow-Origin', request.headers.get('origin') ?? '']]) }); }`,
      spreadItems("['Access-Control-Allow-Origin', request.headers.get('origin') ?? '']", "request.headers.get('origin')", {
        replaces: "request.headers.get('origin') ?? ''",
      }),
    ),
    reflected(
      `import { NextResponse, type NextRequest } from 'next/server';
export async function POST(req: NextRequest) {
  return NextResponse.json({ ok: true }, { headers: { 'Access-Control-Allow-Origin': req.headers.get('origin') ?? '' } });
}`,
      spreadProperty("'Access-Control-Allow-Origin': req.headers.get('origin') ?? ''", "req.headers.get('origin')", { replaces: "req.headers.get('origin') ?? ''" }),
    ),
    reflected(
      `import { NextResponse } from 'next/server';
export function middleware(request) {
  return NextResponse.next({ headers: { 'Access-Control-Allow-Origin': request.headers.get('origin') } });
}`,
      spreadProperty("'Access-Control-Allow-Origin': request.headers.get('origin')", "request.headers.get('origin')"),
    ),
    reflected(
      `import { headers } from 'next/headers';
export async function GET() {
  const origin = (await headers()).get('origin') ?? '';
  return new Response('ok', { headers: { 'Access-Control-Allow-Origin': origin } });
}`,
      spreadProperty("'Access-Control-Allow-Origin': origin", 'origin'),
    ),

    // ---- AWS Lambda --------------------------------------------------------------------------
    reflected(
      `export const handler = async (event) => ({ statusCode: 200, headers: { 'Access-Control-Allow-Origin': event.headers.origin, 'Access-Control-Allow-Credentials': true }, body: '' });`,
      spreadProperty("'Access-Control-Allow-Origin': event.headers.origin", 'event.headers.origin', { credentials: true }),
    ),
    reflected(
      `export const handler = async (event) => { return { statusCode: 200, headers: { 'Access-Control-Allow-Origin': event.headers.Origin }, body: '' }; };`,
      spreadProperty("'Access-Control-Allow-Origin': event.headers.Origin", 'event.headers.Origin'),
    ),
    reflected(
      `export const handler = async (event) => { const origin = event.headers?.origin ?? event.headers?.Origin; return { statusCode: 200, headers: { 'Access-Control-Allow-Origin': origin }, body: '' }; };`,
      spreadProperty("'Access-Control-Allow-Origin': origin", 'origin'),
    ),
    reflected(
      `export const handler = async (event) => ({ statusCode: 200, headers: { 'Access-Control-Allow-Origin': event.headers?.origin ?? event.headers?.Origin }, body: '' });`,
      {
        from: "'Access-Control-Allow-Origin': event.headers?.origin ?? event.headers?.Origin",
        to: "...(allowedOrigins.has((event.headers?.origin ?? event.headers?.Origin) ?? '') ? { 'Access-Control-Allow-Origin': event.headers?.origin ?? event.headers?.Origin } : {})",
        origin: 'event.headers?.origin ?? event.headers?.Origin',
      },
    ),
    reflected(
      `export const handler = async (event) => ({ statusCode: 200, multiValueHeaders: { 'Access-Control-Allow-Origin': [event.multiValueHeaders.Origin[0]] }, body: '' });`,
      spreadProperty("'Access-Control-Allow-Origin': [event.multiValueHeaders.Origin[0]]", 'event.multiValueHeaders.Origin[0]'),
    ),

    // ---- hapi and Elysia ---------------------------------------------------------------------
    // A write inside a returned chain: reported, but no local rewrite is safe.
    reflectedWithoutSuggestion(
      `server.route({ method: 'GET', path: '/', handler: (request, h) => h.response({ ok: true }).header('Access-Control-Allow-Origin', request.headers.origin) });`,
    ),
    reflected(
      `new Elysia().get('/', ({ request, set }) => { set.headers['access-control-allow-origin'] = request.headers.get('origin'); return 'ok'; });`,
      wrapStatement("set.headers['access-control-allow-origin'] = request.headers.get('origin');", "request.headers.get('origin')"),
    ),
    reflected(
      `new Elysia().onRequest(({ headers, set }) => { set.headers['Access-Control-Allow-Origin'] = headers.origin; });`,
      wrapStatement("set.headers['Access-Control-Allow-Origin'] = headers.origin;", 'headers.origin'),
    ),

    // ---- Derived values ----------------------------------------------------------------------
    reflected(
      `function cors(req, res) { const origin = req.headers.origin; const allowOrigin = origin; res.setHeader('Access-Control-Allow-Origin', allowOrigin); }`,
      wrapStatement("res.setHeader('Access-Control-Allow-Origin', allowOrigin);", 'allowOrigin'),
    ),
    reflected(
      `function cors(req, res) { let origin = req.headers.origin; if (!origin) origin = req.get('origin'); res.setHeader('Access-Control-Allow-Origin', origin); }`,
      wrapStatement("res.setHeader('Access-Control-Allow-Origin', origin);", 'origin'),
    ),
    reflected(
      `function cors(req, res) { res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*'); }`,
      wrapStatement("res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');", 'req.headers.origin', { replaces: "req.headers.origin || '*'" }),
    ),
    reflected(
      `function cors(req, res) { res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? 'https://app.example.com'); }`,
      wrapStatement("res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? 'https://app.example.com');", 'req.headers.origin', {
        replaces: "req.headers.origin ?? 'https://app.example.com'",
      }),
    ),
    reflected(
      `function cors(req, res) { res.setHeader('Access-Control-Allow-Origin', process.env.NODE_ENV === 'production' ? 'https://app.example.com' : req.headers.origin); }`,
      wrapStatement(
        "res.setHeader('Access-Control-Allow-Origin', process.env.NODE_ENV === 'production' ? 'https://app.example.com' : req.headers.origin);",
        'req.headers.origin',
        { replaces: "process.env.NODE_ENV === 'production' ? 'https://app.example.com' : req.headers.origin" },
      ),
    ),
    reflected(
      'function cors(req, res) { res.setHeader(\'Access-Control-Allow-Origin\', `${req.headers.origin}`); }',
      wrapStatement("res.setHeader('Access-Control-Allow-Origin', `${req.headers.origin}`);", 'req.headers.origin', { replaces: '`${req.headers.origin}`' }),
    ),
    reflected(
      `function cors(req, res) { res.setHeader('Access-Control-Allow-Origin', String(req.headers.origin).trim()); }`,
      wrapStatement("res.setHeader('Access-Control-Allow-Origin', String(req.headers.origin).trim());", 'req.headers.origin', {
        replaces: 'String(req.headers.origin).trim()',
      }),
    ),
    reflected(
      `function cors(req, res) { res.setHeader('Access-Control-Allow-Origin', new URL(req.headers.origin!).origin); }`,
      wrapStatement("res.setHeader('Access-Control-Allow-Origin', new URL(req.headers.origin!).origin);", 'req.headers.origin', {
        replaces: 'new URL(req.headers.origin!).origin',
      }),
    ),
    // Same-file helpers that return the origin.
    reflected(
      `function getOrigin(req) { return req.headers.origin; } function cors(req, res) { res.setHeader('Access-Control-Allow-Origin', getOrigin(req)); }`,
      wrapStatement("res.setHeader('Access-Control-Allow-Origin', getOrigin(req));", 'getOrigin(req)'),
    ),
    reflected(
      `const originOf = ({ headers }) => headers.origin; function cors(req, res) { const origin = originOf(req); res.setHeader('Access-Control-Allow-Origin', origin); }`,
      wrapStatement("res.setHeader('Access-Control-Allow-Origin', origin);", 'origin'),
    ),
    reflected(
      `function normalize(origin) { return origin.toLowerCase(); } function cors(req, res) { res.setHeader('Access-Control-Allow-Origin', normalize(req.headers.origin)); }`,
      wrapStatement("res.setHeader('Access-Control-Allow-Origin', normalize(req.headers.origin));", 'normalize(req.headers.origin)'),
    ),
    // A helper that returns a headers object: reported where the object is built.
    reflected(
      `function corsHeaders(req) { return { 'Access-Control-Allow-Origin': req.headers.origin, Vary: 'Origin' }; } function handler(req, res) { res.writeHead(200, corsHeaders(req)); }`,
      spreadProperty("'Access-Control-Allow-Origin': req.headers.origin", 'req.headers.origin'),
    ),
    // `this.req` in a class handler.
    reflected(
      `class Controller { handle() { this.res.setHeader('Access-Control-Allow-Origin', this.req.headers.origin); } }`,
      wrapStatement("this.res.setHeader('Access-Control-Allow-Origin', this.req.headers.origin);", 'this.req.headers.origin'),
    ),
    // An existing allowlist Set is reused by the suggestion.
    reflected(
      `const allowedOrigins = new Set(['https://app.example.com']); function cors(req, res) { res.setHeader('Access-Control-Allow-Origin', req.headers.origin); }`,
      { ...wrapStatement("res.setHeader('Access-Control-Allow-Origin', req.headers.origin);", 'req.headers.origin'), reuses: true },
    ),
    // `allowedOrigins` names something else: no suggestion that would call `.has` on it.
    reflectedWithoutSuggestion(
      `const allowedOrigins = ['https://app.example.com']; function cors(req, res) { res.setHeader('Access-Control-Allow-Origin', req.headers.origin); }`,
    ),

    // ---- Helpers that receive the origin as a parameter (reported once, at the write) ---------
    reflected(
      `function setCors(res, origin) {
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
}
app.use((req, res, next) => { setCors(res, req.headers.origin); next(); });`,
      wrapStatement("res.setHeader('Access-Control-Allow-Origin', origin);", 'origin', { credentials: true }),
    ),
    reflected(
      `import Koa from 'koa';
const app = new Koa();
const applyCors = (ctx, origin) => { ctx.set('Access-Control-Allow-Origin', origin); ctx.vary('Origin'); };
app.use(async (ctx, next) => { applyCors(ctx, ctx.get('Origin')); await next(); });`,
      wrapStatement("ctx.set('Access-Control-Allow-Origin', origin);", 'origin'),
    ),
    reflected(
      `function respond(origin: string | undefined, body: string) { return { statusCode: 200, headers: { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' }, body }; }
export const handler = async (event) => respond(event.headers.origin ?? event.headers.Origin, '');`,
      spreadProperty("'Access-Control-Allow-Origin': origin", 'origin'),
    ),
    // A method of an object literal, and a helper reached through another helper.
    reflected(
      `const cors = { apply(res, origin) { res.setHeader('Access-Control-Allow-Origin', origin); } };
http.createServer((req, res) => { cors.apply(res, req.headers.origin); res.end(); });`,
      wrapStatement("res.setHeader('Access-Control-Allow-Origin', origin);", 'origin'),
    ),
    reflected(
      `function writeOrigin(res, value) { res.setHeader('Access-Control-Allow-Origin', value); }
function setCors(res, origin) { writeOrigin(res, origin.trim()); }
app.use((req, res, next) => { setCors(res, req.get('origin')); next(); });`,
      wrapStatement("res.setHeader('Access-Control-Allow-Origin', value);", 'value'),
    ),
    // A helper that builds the headers object from its parameter: reported once, where it is built.
    reflected(
      `function corsHeaders(origin) { return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' }; }
function handler(req, res) { res.writeHead(200, corsHeaders(req.headers.origin)); res.end(); }`,
      spreadProperty("'Access-Control-Allow-Origin': origin", 'origin'),
    ),
    // One call checks the origin, another does not.
    reflected(
      `function setCors(res, origin) { res.setHeader('Access-Control-Allow-Origin', origin); }
app.use((req, res, next) => { if (allowed.has(req.headers.origin)) setCors(res, req.headers.origin); next(); });
app.options('*', (req, res) => { setCors(res, req.headers.origin); res.sendStatus(204); });`,
      wrapStatement("res.setHeader('Access-Control-Allow-Origin', origin);", 'origin'),
    ),
    // Node's HTTP/2 core API: the headers argument of a 'stream' listener.
    reflected(
      `import http2 from 'node:http2';
const server = http2.createSecureServer({});
server.on('stream', (stream, headers) => {
  stream.respond({ ':status': 200, 'access-control-allow-origin': headers.origin, vary: 'origin' });
  stream.end('ok');
});`,
      spreadProperty("'access-control-allow-origin': headers.origin", 'headers.origin'),
    ),
    // h3 (Nuxt, Nitro): imported, and auto-imported in a server route.
    reflected(
      `import { defineEventHandler, getRequestHeader, setResponseHeader } from 'h3';
export default defineEventHandler((event) => {
  const origin = getRequestHeader(event, 'origin');
  setResponseHeader(event, 'Access-Control-Allow-Origin', origin);
  setResponseHeader(event, 'Vary', 'Origin');
});`,
      wrapStatement("setResponseHeader(event, 'Access-Control-Allow-Origin', origin);", 'origin'),
    ),
    reflected(
      `export default defineEventHandler((event) => {
  appendResponseHeader(event, 'Vary', 'Origin');
  setResponseHeaders(event, { 'Access-Control-Allow-Origin': getRequestHeaders(event).origin, 'Access-Control-Allow-Credentials': 'true' });
});`,
      spreadProperty("'Access-Control-Allow-Origin': getRequestHeaders(event).origin", 'getRequestHeaders(event).origin', { credentials: true }),
    ),
    // A class method called on \`this\` with an unchecked origin (TypeScript private, #private).
    reflected(
      `class Cors {
  private apply(res: ServerResponse, origin: string) { res.setHeader('Access-Control-Allow-Origin', origin); }
  handle(req: IncomingMessage, res: ServerResponse) { this.apply(res, req.headers.origin as string); }
}`,
      wrapStatement("res.setHeader('Access-Control-Allow-Origin', origin);", 'origin'),
    ),
    reflected(
      `class Cors {
  #apply(res, origin) { res.setHeader('Access-Control-Allow-Origin', origin); }
  handle = (req, res) => { this.#apply(res, req.get('origin')); };
}
new Cors();`,
      { ...wrapStatement("res.setHeader('Access-Control-Allow-Origin', origin);", 'origin'), filename: 'file.js' },
    ),
    // Public methods of an exported class, or of one passed on, may be called unseen: checked callers do not cover them.
    reflected(
      `export class Cors {
  apply(res, origin) { res.setHeader('Access-Control-Allow-Origin', origin); }
  handle(req, res) { if (ALLOWED.includes(req.headers.origin)) this.apply(res, req.headers.origin); }
}`,
      wrapStatement("res.setHeader('Access-Control-Allow-Origin', origin);", 'origin'),
    ),
    reflected(
      `class Cors {
  apply(res, origin) { res.setHeader('Access-Control-Allow-Origin', origin); }
  handle(req, res) { if (ALLOWED.includes(req.headers.origin)) this.apply(res, req.headers.origin); register(this.apply); }
}
new Cors();`,
      wrapStatement("res.setHeader('Access-Control-Allow-Origin', origin);", 'origin'),
    ),
    // Exported: other modules may call it with an unchecked origin, so the checks here do not cover it.
    reflected(
      `export function setCors(res, origin) { res.setHeader('Access-Control-Allow-Origin', origin); }
app.use((req, res, next) => { if (allowed.has(req.headers.origin)) setCors(res, req.headers.origin); next(); });`,
      wrapStatement("res.setHeader('Access-Control-Allow-Origin', origin);", 'origin'),
    ),

    // ---- Checks that do not guard the write --------------------------------------------------
    // A check on the Host header, or on another value.
    reflected(
      `function cors(req, res) { if (allowed.has(req.headers.host)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin); }`,
      wrapBranch("res.setHeader('Access-Control-Allow-Origin', req.headers.origin);", 'req.headers.origin'),
    ),
    reflected(
      `function cors(req, res) { const origin = req.headers.origin; const referer = req.headers.referer; if (allowed.includes(referer)) res.setHeader('Access-Control-Allow-Origin', origin); }`,
      wrapBranch("res.setHeader('Access-Control-Allow-Origin', origin);", 'origin'),
    ),
    // Presence is not a check, nor is ruling out one value.
    reflected(
      `function cors(req, res) { const origin = req.headers.origin; if (origin) res.setHeader('Access-Control-Allow-Origin', origin); }`,
      wrapBranch("res.setHeader('Access-Control-Allow-Origin', origin);", 'origin'),
    ),
    reflected(
      `function cors(req, res) { const origin = req.headers.origin; if (origin !== 'null') res.setHeader('Access-Control-Allow-Origin', origin); }`,
      wrapBranch("res.setHeader('Access-Control-Allow-Origin', origin);", 'origin'),
    ),
    // A check that the write does not depend on.
    reflected(
      `function cors(req, res) { const origin = req.headers.origin; if (allowed.has(origin)) { log(origin); } res.setHeader('Access-Control-Allow-Origin', origin); }`,
      wrapStatement("res.setHeader('Access-Control-Allow-Origin', origin);", 'origin'),
    ),
    reflected(
      `function cors(req, res) { const origin = req.headers.origin; if (allowed.has(origin) || process.env.DEBUG) res.setHeader('Access-Control-Allow-Origin', origin); }`,
      wrapBranch("res.setHeader('Access-Control-Allow-Origin', origin);", 'origin'),
    ),
    // A bare next() does not stop the middleware: the header is still written.
    reflected(
      `function cors(req, res, next) { const origin = req.headers.origin; if (!allowed.has(origin)) next(); res.setHeader('Access-Control-Allow-Origin', origin); next(); }`,
      wrapStatement("res.setHeader('Access-Control-Allow-Origin', origin);", 'origin'),
    ),
    // A predicate that allows everything.
    reflected(
      `function isAllowed(origin) { return true; } function cors(req, res) { const origin = req.headers.origin; if (isAllowed(origin)) res.setHeader('Access-Control-Allow-Origin', origin); }`,
      wrapBranch("res.setHeader('Access-Control-Allow-Origin', origin);", 'origin'),
    ),
    // The default case of a switch is not a constant.
    reflected(
      `function cors(req, res) { const origin = req.headers.origin; switch (origin) { case 'https://a.example.com': break; default: res.setHeader('Access-Control-Allow-Origin', origin); } }`,
      wrapStatement("res.setHeader('Access-Control-Allow-Origin', origin);", 'origin'),
    ),
    // Only one branch is guarded.
    reflected(
      `function cors(req, res) { const origin = req.headers.origin; res.setHeader('Access-Control-Allow-Origin', allowed.has(origin) ? origin : req.get('origin')); }`,
      wrapStatement("res.setHeader('Access-Control-Allow-Origin', allowed.has(origin) ? origin : req.get('origin'));", 'origin', {
        replaces: "allowed.has(origin) ? origin : req.get('origin')",
      }),
    ),
  ],
});
