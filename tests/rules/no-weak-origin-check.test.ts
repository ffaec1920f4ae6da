import { describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../rules/no-weak-origin-check';
import { createRuleTester } from '../support/rule-tester';

const ruleTester = createRuleTester();

// --- sources shared by the RuleTester cases and the attacker-origin table --------------------

const EXPRESS_ENDS_WITH = `import express from 'express';
const app = express();
app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin && origin.endsWith('example.com')) {
    res.setHeader('Access-Control-Allow-Origin', origin);
  }
  next();
});`;

const EXPRESS_STARTS_WITH = `const express = require('express');
const app = express();
app.use((req, res, next) => {
  const origin = req.get('origin');
  if (origin?.startsWith('https://example.com')) res.set('Access-Control-Allow-Origin', origin);
  next();
});`;

const HONO_INCLUDES = `import { Hono } from 'hono';
const app = new Hono();
app.use('*', async (c, next) => {
  const origin = c.req.header('origin');
  if (origin && origin.includes('example.com')) c.header('Access-Control-Allow-Origin', origin);
  await next();
});`;

const KOA_INDEX_OF = `import Koa from 'koa';
const app = new Koa();
app.use(async (ctx, next) => {
  const origin = ctx.get('Origin');
  if (origin.indexOf('example.com') !== -1) ctx.set('Access-Control-Allow-Origin', origin);
  await next();
});`;

const EARLY_RETURN_INDEX_OF = `app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin.indexOf('https://app.example.com') === -1) return next();
  res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`;

const STRING_LITERAL_LIST = `const allowList = 'https://app.example.com,https://admin.example.com';
app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (allowList.indexOf(origin) > -1) res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`;

const ENV_STRING_LIST = `import cors from 'cors';
const allowed = process.env.CORS_ORIGINS;
app.use(cors({ origin(origin, callback) { callback(null, allowed.includes(origin)); } }));`;

const JOINED_LIST = `const allowed = ['https://app.example.com', 'https://admin.example.com'].join(',');
app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (allowed.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`;

const MATCH_STRING = `app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin.match('example.com')) res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`;

const SEARCH_STRING = `app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin.search('^https://app.example.com$') === -1) return next();
  res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`;

const CORS_UNANCHORED = `import cors from 'cors';
app.use(cors({ origin: /example\\.com$/, credentials: true }));`;

const CORS_CALLBACK_UNESCAPED = `import cors from 'cors';
app.use(cors({ origin: (origin, cb) => cb(null, /^https:\\/\\/app.example.com$/.test(origin)) }));`;

const ALTERNATION = `app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (/^https:\\/\\/a\\.example\\.com|b\\.example\\.com$/.test(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`;

const FASTIFY_WILDCARD = `import fastifyCors from '@fastify/cors';
fastify.register(fastifyCors, { origin: /^https?:\\/\\/.*\\.?example\\.com$/, credentials: true });`;

const CATCH_ALL = `app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (!/^https:\\/\\/[\\w.-]+$/.test(origin)) return next();
  res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`;

const CONSTRUCTED_REGEX = `const domain = 'app.example.com';
const ORIGIN_RE = new RegExp('^https://' + domain + '$');
app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (ORIGIN_RE.test(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`;

const CATASTROPHIC = `import cors from 'cors';
app.use(cors({ origin: /^https:\\/\\/(\\w+\\.?)*example\\.com$/ }));`;

const URL_PARSE_REQUIRE = `const url = require('url');
app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (url.parse(origin).hostname === 'example.com') res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`;

/** The url.parse() check above, reported with the exact comparison as a suggestion. */
const URL_PARSE_REQUIRE_ERRORS = [
  {
    messageId: 'weakOriginCheck',
    line: 4,
    suggestions: [
      {
        messageId: 'useExactOrigin',
        output: URL_PARSE_REQUIRE.replace("url.parse(origin).hostname === 'example.com'", "origin === 'https://example.com'"),
      },
    ],
  },
] as const;

const URL_PARSE_NAMED = `import { parse } from 'node:url';
app.use((req, res, next) => {
  const origin = req.headers.origin;
  const host = parse(origin).hostname;
  if (host === 'example.com' || host.endsWith('.example.com')) res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`;

const HELPER = `function isAllowedOrigin(origin) {
  return origin.endsWith('example.com');
}
app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (isAllowedOrigin(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`;

const SOME_DOMAINS = `const ALLOWED_DOMAINS = ['example.com', 'example.org'];
app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin && ALLOWED_DOMAINS.some((domain) => origin.endsWith(domain))) res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`;

const LAMBDA = `export const handler = async (event) => {
  const origin = event.headers.origin;
  const allowed = origin.endsWith('example.com');
  return { statusCode: 200, headers: { 'Access-Control-Allow-Origin': allowed ? origin : '' }, body: '' };
};`;

const HAPI_GLOB = `import Hapi from '@hapi/hapi';
const server = Hapi.server({ routes: { cors: { origin: ['https://*example.com'], credentials: true } } });`;

const RESTIFY_GLOB = `const corsMiddleware = require('restify-cors-middleware2');
const cors = corsMiddleware({ origins: ['https://*.api.example.com'] });`;

const KOA_CORS_CALLBACK = `import cors from '@koa/cors';
app.use(cors({ origin: (ctx) => { const o = ctx.get('Origin'); return o.endsWith('example.com') ? o : ''; }, credentials: true }));`;

const DEV_PREFIX = `app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin.startsWith('http://localhost') || /^http:\\/\\/127\\.0\\.0\\.1/.test(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`;

const SCHEME_ONLY = `app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin.startsWith('https://')) res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`;

const BOTH_WEAK = `app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin.startsWith('https://') && origin.includes('example.com')) res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`;

const HONO_SUBDOMAINS = `import { cors } from 'hono/cors';
app.use('*', cors({ origin: (origin) => (origin.endsWith('.example.com') ? origin : null) }));`;

const HTTP_IN_LIST = `import cors from 'cors';
app.use(cors({ origin: ['https://example.com', 'http://partner.example.org', 'http://localhost:3000'], credentials: true }));`;

const URL_WITHOUT_PROTOCOL = `app.use((req, res, next) => {
  const origin = req.headers.origin;
  const { hostname } = new URL(origin);
  if (hostname === 'example.com' || hostname.endsWith('.example.com')) res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`;

const OPTIONAL_SCHEME = `import cors from 'cors';
app.use(cors({ origin: /^https?:\\/\\/example\\.com$/ }));`;

const ELYSIA_BARE_HOST = `import { cors } from '@elysiajs/cors';
app.use(cors({ origin: 'example.com' }));`;

// The rule tester bundles its own @typescript-eslint/utils, whose RuleModule type differs from the
// plugin's only nominally; the explicit type arguments keep the cases checked.
ruleTester.run<MessageIds, Options>('no-weak-origin-check', rule as never, {
  valid: [
    // Exact allowlists.
    `const ALLOWED = new Set(['https://example.com', 'https://app.example.com']);
app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin && ALLOWED.has(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`,
    `const ALLOWED = ['https://example.com', 'https://app.example.com'];
app.use((req, res, next) => {
  if (ALLOWED.includes(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  next();
});`,
    `app.use(async (ctx, next) => {
  const origin = ctx.get('Origin');
  if (origin === 'https://example.com') ctx.set('Access-Control-Allow-Origin', origin);
  await next();
});`,
    // A list split from the env value is compared entry by entry.
    `const allowed = (process.env.CORS_ORIGINS ?? '').split(',');
app.use((req, res, next) => {
  if (allowed.includes(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  next();
});`,
    // Shape B: parsed, canonical, https, dot-boundary suffix.
    `function isAllowedOrigin(origin) {
  let u;
  try { u = new URL(origin); } catch { return false; }
  if (u.origin !== origin) return false;
  if (u.protocol !== 'https:') return false;
  const h = u.hostname;
  return h === 'example.com' || h.endsWith('.example.com');
}
app.use((req, res, next) => {
  if (isAllowedOrigin(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  next();
});`,
    // Shape C: anchored, escaped regex, in a callback and in a library option.
    `import cors from 'cors';
const ORIGIN_RE = /^https:\\/\\/(?:[a-z0-9-]+\\.)*example\\.com$/;
app.use(cors({ origin: (origin, cb) => cb(null, !origin || ORIGIN_RE.test(origin)) }));`,
    `import cors from 'cors';
app.use(cors({ origin: ['https://example.com', /^https:\\/\\/(?:[a-z0-9-]+\\.)*example\\.com$/] }));`,
    `import fastifyCors from '@fastify/cors';
fastify.register(fastifyCors, { origin: /^https:\\/\\/(?:app|www)\\.example\\.com$/i });`,
    // An unescaped dot that only admits an unregistrable host (`examplexcom`); restify's
    // `https://*.example.com` compiles to such a pattern.
    `const corsMiddleware = require('restify-cors-middleware2');
const cors = corsMiddleware({ origins: ['https://*.example.com'] });`,
    `app.use((req, res, next) => {
  if (/^https:\\/\\/example.com$/.test(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  next();
});`,
    // A prefix or suffix that is a whole origin cannot be extended into another valid origin.
    `app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin.endsWith('https://example.com')) res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`,
    // Dot-boundary subdomain checks are weak only for plain HTTP, which is opt-in.
    HONO_SUBDOMAINS,
    URL_WITHOUT_PROTOCOL,
    OPTIONAL_SCHEME,
    HTTP_IN_LIST,
    ELYSIA_BARE_HOST,
    { code: HONO_SUBDOMAINS, options: [{ checkScheme: false }] },
    // Checks combined with `&&` are judged together: a scheme check plus a dot-boundary suffix is fine.
    `app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin.startsWith('https://') && origin.endsWith('.example.com')) res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`,
    // With checkScheme, a protocol check or a loopback-only http origin is fine.
    {
      code: `app.use((req, res, next) => {
  const origin = req.headers.origin;
  const u = new URL(origin);
  if (u.protocol === 'https:' && (u.hostname === 'example.com' || u.hostname.endsWith('.example.com'))) res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`,
      options: [{ checkScheme: true }],
    },
    {
      code: `import cors from 'cors';
app.use(cors({ origin: ['https://example.com', 'http://localhost:3000', /^http:\\/\\/localhost:\\d+$/] }));`,
      options: [{ checkScheme: true }],
    },
    {
      code: `app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin.startsWith('https://') && origin.endsWith('.example.com')) res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`,
      options: [{ checkScheme: true }],
    },
    {
      // The scheme check may read a destructured `protocol`.
      code: `app.use((req, res, next) => {
  const origin = req.headers.origin;
  const { protocol, hostname } = new URL(origin);
  if (protocol === 'https:' && hostname === 'example.com') res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`,
      options: [{ checkScheme: true }],
    },
    // Not CORS: a message event's origin is the sender's, not a request origin.
    `window.addEventListener('message', (event) => {
  if (event.origin.endsWith('example.com')) handle(event.data);
});`,
    `window.onmessage = (event) => {
  if (!/example\\.com$/.test(event.origin)) return;
  window.postMessage('ok', event.origin);
};`,
    // Checks of something other than the request origin.
    `app.use((req, res, next) => {
  const host = req.headers.host;
  if (host.endsWith('example.com')) res.setHeader('Access-Control-Allow-Origin', 'https://' + host);
  next();
});`,
    `app.use((req, res, next) => {
  if (req.headers.referer.includes('example.com')) res.setHeader('Access-Control-Allow-Origin', 'https://example.com');
  next();
});`,
    `const origin = 'https://example.com';
if (origin.endsWith('example.com')) res.setHeader('Access-Control-Allow-Origin', origin);`,
    // A weak-looking check that decides nothing about CORS.
    `app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin.endsWith('example.com')) console.log('request from example', origin);
  res.setHeader('Access-Control-Allow-Origin', 'https://example.com');
  next();
});`,
    // A local function named parse is not the legacy url.parse().
    `function parse(value) { return new URL(value); }
app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (parse(origin).protocol === 'https:' && parse(origin).hostname === 'example.com') res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`,
    // Patterns that cannot be read statically are left alone.
    `app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (new RegExp(process.env.ORIGIN_PATTERN).test(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`,
    // An allowlist whose kind is unknown without types (a parameter) is not guessed at.
    `export function middleware(allowed) {
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (allowed.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
    next();
  };
}`,
  ],
  invalid: [
    {
      code: EXPRESS_ENDS_WITH,
      errors: [
        {
          messageId: 'weakOriginCheck',
          line: 5,
          column: 17,
          suggestions: [
            {
              messageId: 'useExactOrigin',
              output: EXPRESS_ENDS_WITH.replace("origin.endsWith('example.com')", "origin === 'https://example.com'"),
            },
            {
              messageId: 'useSubdomainCheck',
              output: EXPRESS_ENDS_WITH.replace(
                "origin.endsWith('example.com')",
                '/^https:\\/\\/(?:[a-z0-9-]+\\.)*example\\.com$/.test(origin)',
              ),
            },
          ],
        },
      ],
    },
    {
      code: EXPRESS_STARTS_WITH,
      errors: [
        {
          messageId: 'weakOriginCheck',
          line: 5,
          suggestions: [
            {
              messageId: 'useExactOrigin',
              output: EXPRESS_STARTS_WITH.replace("origin?.startsWith('https://example.com')", "origin === 'https://example.com'"),
            },
          ],
        },
      ],
    },
    {
      code: HONO_INCLUDES,
      errors: [
        {
          messageId: 'weakOriginCheck',
          line: 5,
          suggestions: [
            {
              messageId: 'useExactOrigin',
              output: HONO_INCLUDES.replace("origin.includes('example.com')", "origin === 'https://example.com'"),
            },
          ],
        },
      ],
    },
    {
      code: KOA_INDEX_OF,
      errors: [
        {
          messageId: 'weakOriginCheck',
          line: 5,
          suggestions: [
            {
              messageId: 'useExactOrigin',
              output: KOA_INDEX_OF.replace("origin.indexOf('example.com') !== -1", "origin === 'https://example.com'"),
            },
          ],
        },
      ],
    },
    {
      // `=== -1` turns origins away: the exact form keeps that polarity.
      code: EARLY_RETURN_INDEX_OF,
      errors: [
        {
          messageId: 'weakOriginCheck',
          line: 3,
          suggestions: [
            {
              messageId: 'useExactOrigin',
              output: EARLY_RETURN_INDEX_OF.replace(
                "origin.indexOf('https://app.example.com') === -1",
                "origin !== 'https://app.example.com'",
              ),
            },
          ],
        },
      ],
    },
    {
      code: STRING_LITERAL_LIST,
      errors: [
        {
          messageId: 'weakOriginCheck',
          line: 4,
          suggestions: [
            {
              messageId: 'splitAllowlist',
              output: STRING_LITERAL_LIST.replace(
                'allowList.indexOf(origin)',
                "allowList.split(',').map((entry) => entry.trim()).indexOf(origin)",
              ),
            },
          ],
        },
      ],
    },
    {
      code: ENV_STRING_LIST,
      errors: [
        {
          messageId: 'weakOriginCheck',
          line: 3,
          suggestions: [
            {
              messageId: 'splitAllowlist',
              output: ENV_STRING_LIST.replace(
                'allowed.includes(origin)',
                "allowed.split(',').map((entry) => entry.trim()).includes(origin)",
              ),
            },
          ],
        },
      ],
    },
    {
      code: JOINED_LIST,
      errors: [
        {
          messageId: 'weakOriginCheck',
          line: 4,
          suggestions: [
            {
              messageId: 'splitAllowlist',
              output: JOINED_LIST.replace('allowed.includes(origin)', "allowed.split(',').map((entry) => entry.trim()).includes(origin)"),
            },
          ],
        },
      ],
    },
    {
      code: MATCH_STRING,
      errors: [
        {
          messageId: 'weakOriginCheck',
          line: 3,
          suggestions: [
            {
              messageId: 'useExactOrigin',
              output: MATCH_STRING.replace("origin.match('example.com')", "origin === 'https://example.com'"),
            },
            {
              messageId: 'useAnchoredRegex',
              output: MATCH_STRING.replace("'example.com'", '/^https:\\/\\/example\\.com$/'),
            },
          ],
        },
      ],
    },
    {
      code: SEARCH_STRING,
      errors: [
        {
          messageId: 'weakOriginCheck',
          line: 3,
          suggestions: [
            {
              messageId: 'useExactOrigin',
              output: SEARCH_STRING.replace(
                "origin.search('^https://app.example.com$') === -1",
                "origin !== 'https://app.example.com'",
              ),
            },
            {
              messageId: 'useAnchoredRegex',
              output: SEARCH_STRING.replace("'^https://app.example.com$'", '/^https:\\/\\/app\\.example\\.com$/'),
            },
          ],
        },
      ],
    },
    {
      code: CORS_UNANCHORED,
      errors: [
        {
          messageId: 'weakOriginCheck',
          line: 2,
          column: 24,
          suggestions: [
            {
              messageId: 'useAnchoredRegex',
              output: CORS_UNANCHORED.replace('/example\\.com$/', '/^https:\\/\\/example\\.com$/'),
            },
          ],
        },
      ],
    },
    {
      code: CORS_CALLBACK_UNESCAPED,
      errors: [
        {
          messageId: 'weakOriginCheck',
          suggestions: [
            {
              messageId: 'useExactOrigin',
              output: CORS_CALLBACK_UNESCAPED.replace(
                '/^https:\\/\\/app.example.com$/.test(origin)',
                "origin === 'https://app.example.com'",
              ),
            },
            {
              messageId: 'useAnchoredRegex',
              output: CORS_CALLBACK_UNESCAPED.replace('/^https:\\/\\/app.example.com$/', '/^https:\\/\\/app\\.example\\.com$/'),
            },
          ],
        },
      ],
    },
    {
      code: ALTERNATION,
      errors: [
        {
          messageId: 'weakOriginCheck',
          suggestions: [
            {
              messageId: 'useExactOrigin',
              output: ALTERNATION.replace(
                '/^https:\\/\\/a\\.example\\.com|b\\.example\\.com$/.test(origin)',
                "(origin === 'https://a.example.com' || origin === 'https://b.example.com')",
              ),
            },
            {
              messageId: 'useAnchoredRegex',
              output: ALTERNATION.replace(
                '/^https:\\/\\/a\\.example\\.com|b\\.example\\.com$/',
                '/^(?:https:\\/\\/a\\.example\\.com|https:\\/\\/b\\.example\\.com)$/',
              ),
            },
          ],
        },
      ],
    },
    {
      code: FASTIFY_WILDCARD,
      errors: [
        {
          messageId: 'weakOriginCheck',
          suggestions: [
            {
              messageId: 'useAnchoredRegex',
              output: FASTIFY_WILDCARD.replace(
                '/^https?:\\/\\/.*\\.?example\\.com$/',
                '/^https:\\/\\/(?:[a-z0-9-]+\\.)*example\\.com$/',
              ),
            },
          ],
        },
      ],
    },
    // A catch-all has no host to harden towards: reported without a suggestion.
    { code: CATCH_ALL, errors: [{ messageId: 'weakOriginCheck', line: 3, column: 8 }] },
    {
      // The pattern is fixed where the `const` defines it.
      code: CONSTRUCTED_REGEX,
      errors: [
        {
          messageId: 'weakOriginCheck',
          line: 5,
          suggestions: [
            {
              messageId: 'useExactOrigin',
              output: CONSTRUCTED_REGEX.replace('ORIGIN_RE.test(origin)', "origin === 'https://app.example.com'"),
            },
            {
              messageId: 'useAnchoredRegex',
              output: CONSTRUCTED_REGEX.replace("new RegExp('^https://' + domain + '$')", '/^https:\\/\\/app\\.example\\.com$/'),
            },
          ],
        },
      ],
    },
    {
      // Nested quantifiers: run in a sandbox with a time limit, and still verified.
      code: CATASTROPHIC,
      errors: [
        {
          messageId: 'weakOriginCheck',
          suggestions: [
            {
              messageId: 'useAnchoredRegex',
              output: CATASTROPHIC.replace('/^https:\\/\\/(\\w+\\.?)*example\\.com$/', '/^https:\\/\\/(?:[a-z0-9-]+\\.)*example\\.com$/'),
            },
          ],
        },
      ],
    },
    {
      code: URL_PARSE_REQUIRE,
      errors: URL_PARSE_REQUIRE_ERRORS,
    },
    // The same when the config does not declare \`require\` (a flat config for \`.js\` files does not).
    {
      code: URL_PARSE_REQUIRE,
      languageOptions: { globals: { require: 'off' } },
      errors: URL_PARSE_REQUIRE_ERRORS,
    },
    // Two url.parse() comparisons in one condition are one report, left for review as a whole.
    { code: URL_PARSE_NAMED, errors: [{ messageId: 'weakOriginCheck', line: 5, column: 7 }] },
    {
      code: `import url from 'url';
app.use((req, res, next) => {
  if (url.parse(req.headers.origin).host === 'example.com') res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  next();
});`,
      errors: [{ messageId: 'weakOriginCheck', suggestions: [{ messageId: 'useExactOrigin', output: `import url from 'url';
app.use((req, res, next) => {
  if (req.headers.origin === 'https://example.com') res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  next();
});` }] }],
    },
    {
      code: `import * as url from 'node:url';
const { parse } = require('url');
app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (['example.com'].includes(url.parse(origin).hostname)) res.setHeader('Access-Control-Allow-Origin', origin);
  if (parse(origin).hostname !== 'example.org') return next();
  res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`,
      errors: [
        {
          messageId: 'weakOriginCheck',
          line: 5,
          suggestions: [{ messageId: 'useExactOrigin', output: `import * as url from 'node:url';
const { parse } = require('url');
app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin === 'https://example.com') res.setHeader('Access-Control-Allow-Origin', origin);
  if (parse(origin).hostname !== 'example.org') return next();
  res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});` }],
        },
        {
          messageId: 'weakOriginCheck',
          line: 6,
          suggestions: [{ messageId: 'useExactOrigin', output: `import * as url from 'node:url';
const { parse } = require('url');
app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (['example.com'].includes(url.parse(origin).hostname)) res.setHeader('Access-Control-Allow-Origin', origin);
  if (origin !== 'https://example.org') return next();
  res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});` }],
        },
      ],
    },
    {
      // The check lives in a helper whose result guards the write.
      code: HELPER,
      errors: [
        {
          messageId: 'weakOriginCheck',
          line: 2,
          suggestions: [
            { messageId: 'useExactOrigin', output: HELPER.replace("origin.endsWith('example.com')", "origin === 'https://example.com'") },
            {
              messageId: 'useSubdomainCheck',
              output: HELPER.replace("origin.endsWith('example.com')", '/^https:\\/\\/(?:[a-z0-9-]+\\.)*example\\.com$/.test(origin)'),
            },
          ],
        },
      ],
    },
    {
      code: SOME_DOMAINS,
      errors: [
        {
          messageId: 'weakOriginCheck',
          line: 4,
          column: 17,
          suggestions: [
            {
              messageId: 'useExactOrigin',
              output: SOME_DOMAINS.replace(
                'ALLOWED_DOMAINS.some((domain) => origin.endsWith(domain))',
                "(origin === 'https://example.com' || origin === 'https://example.org')",
              ),
            },
          ],
        },
      ],
    },
    {
      code: LAMBDA,
      errors: [
        {
          messageId: 'weakOriginCheck',
          line: 3,
          suggestions: [
            { messageId: 'useExactOrigin', output: LAMBDA.replace("origin.endsWith('example.com')", "origin === 'https://example.com'") },
            {
              messageId: 'useSubdomainCheck',
              output: LAMBDA.replace("origin.endsWith('example.com')", '/^https:\\/\\/(?:[a-z0-9-]+\\.)*example\\.com$/.test(origin)'),
            },
          ],
        },
      ],
    },
    { code: HAPI_GLOB, errors: [{ messageId: 'weakOriginCheck', line: 2, column: 57 }] },
    // A scheme alone decides nothing about the host.
    { code: SCHEME_ONLY, errors: [{ messageId: 'weakOriginCheck', line: 3, column: 7 }] },
    {
      // Checks combined with `&&` are judged together: this origin passes both.
      code: BOTH_WEAK,
      errors: [
        {
          messageId: 'weakOriginCheck',
          line: 3,
          column: 40,
          suggestions: [
            { messageId: 'useExactOrigin', output: BOTH_WEAK.replace("origin.includes('example.com')", "origin === 'https://example.com'") },
          ],
        },
      ],
    },
    {
      // The match array is read afterwards: no suggestion may change its type or its groups.
      code: `app.use((req, res, next) => {
  const origin = req.headers.origin;
  const match = /^https:\\/\\/([a-z]+)\\.example\\.com/.exec(origin);
  if (match) res.setHeader('Access-Control-Allow-Origin', origin);
  req.tenant = match?.[1];
  next();
});`,
      errors: [{ messageId: 'weakOriginCheck', line: 3, column: 17 }],
    },
    {
      // A development check on the scheme and host prefix lets a registrable domain through.
      code: DEV_PREFIX,
      errors: [
        {
          messageId: 'weakOriginCheck',
          line: 3,
          column: 7,
          suggestions: [
            { messageId: 'useExactOrigin', output: DEV_PREFIX.replace("origin.startsWith('http://localhost')", "origin === 'http://localhost'") },
          ],
        },
        {
          messageId: 'weakOriginCheck',
          line: 3,
          column: 48,
          suggestions: [
            {
              messageId: 'useExactOrigin',
              output: DEV_PREFIX.replace('/^http:\\/\\/127\\.0\\.0\\.1/.test(origin)', "origin === 'http://127.0.0.1'"),
            },
            {
              messageId: 'useAnchoredRegex',
              output: DEV_PREFIX.replace('/^http:\\/\\/127\\.0\\.0\\.1/', '/^http:\\/\\/127\\.0\\.0\\.1$/'),
            },
          ],
        },
      ],
    },
    {
      // restify escapes only the first dot of a glob: the second one matches any character.
      code: RESTIFY_GLOB,
      errors: [{ messageId: 'weakOriginCheck', line: 2, column: 41 }],
    },
    {
      code: KOA_CORS_CALLBACK,
      errors: [
        {
          messageId: 'weakOriginCheck',
          suggestions: [
            { messageId: 'useExactOrigin', output: KOA_CORS_CALLBACK.replace("o.endsWith('example.com')", "o === 'https://example.com'") },
            {
              messageId: 'useSubdomainCheck',
              output: KOA_CORS_CALLBACK.replace("o.endsWith('example.com')", '/^https:\\/\\/(?:[a-z0-9-]+\\.)*example\\.com$/.test(o)'),
            },
          ],
        },
      ],
    },
    {
      code: `import { cors } from '@elysiajs/cors';
app.use(cors({ origin: (request) => request.headers.get('origin').includes('example.com') }));`,
      errors: [
        {
          messageId: 'weakOriginCheck',
          suggestions: [
            {
              messageId: 'useExactOrigin',
              output: `import { cors } from '@elysiajs/cors';
app.use(cors({ origin: (request) => request.headers.get('origin') === 'https://example.com' }));`,
            },
          ],
        },
      ],
    },
    {
      code: `export async function GET(request: Request) {
  const origin = request.headers.get('origin') ?? '';
  const headers = new Headers();
  if (/example\\.com/.test(origin)) headers.set('Access-Control-Allow-Origin', origin);
  return new Response('ok', { headers });
}`,
      errors: [
        {
          messageId: 'weakOriginCheck',
          line: 4,
          suggestions: [
            {
              messageId: 'useExactOrigin',
              output: `export async function GET(request: Request) {
  const origin = request.headers.get('origin') ?? '';
  const headers = new Headers();
  if (origin === 'https://example.com') headers.set('Access-Control-Allow-Origin', origin);
  return new Response('ok', { headers });
}`,
            },
            {
              messageId: 'useAnchoredRegex',
              output: `export async function GET(request: Request) {
  const origin = request.headers.get('origin') ?? '';
  const headers = new Headers();
  if (/^https:\\/\\/example\\.com$/.test(origin)) headers.set('Access-Control-Allow-Origin', origin);
  return new Response('ok', { headers });
}`,
            },
          ],
        },
      ],
    },

    // checkScheme: plain HTTP accepted on the API.
    { code: HONO_SUBDOMAINS, options: [{ checkScheme: true }], errors: [{ messageId: 'weakOriginCheck', line: 2, column: 42 }] },
    // One missing protocol check, one report.
    { code: URL_WITHOUT_PROTOCOL, options: [{ checkScheme: true }], errors: [{ messageId: 'weakOriginCheck', line: 4, column: 7 }] },
    { code: OPTIONAL_SCHEME, options: [{ checkScheme: true }], errors: [{ messageId: 'weakOriginCheck', line: 2, column: 24 }] },
    { code: HTTP_IN_LIST, options: [{ checkScheme: true }], errors: [{ messageId: 'weakOriginCheck', line: 2, column: 48 }] },
    { code: ELYSIA_BARE_HOST, options: [{ checkScheme: true }], errors: [{ messageId: 'weakOriginCheck', line: 2, column: 24 }] },
  ],
});

// --- the one attacker origin each report names, and why ------------------------------------

function lint(code: string, checkScheme = false): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: {
          parser: tsParser as never,
          globals: { URL: 'readonly', process: 'readonly', require: 'readonly', window: 'readonly', Headers: 'readonly', Response: 'readonly' },
        },
        plugins: { cors: { rules: { 'no-weak-origin-check': rule as never } } },
        rules: { 'cors/no-weak-origin-check': ['error', { checkScheme }] },
      },
    ],
    { filename: 'file.ts' },
  );
}

describe('attacker origins', () => {
  it.each([
    [EXPRESS_ENDS_WITH, 'https://evilexample.com', 'has no dot boundary'],
    [EXPRESS_STARTS_WITH, 'https://example.com.evil.net', 'does not stop at the end of the host'],
    [HONO_INCLUDES, 'https://example.com.evil.net', 'is a substring test'],
    [KOA_INDEX_OF, 'https://example.com.evil.net', 'is a substring test'],
    [EARLY_RETURN_INDEX_OF, 'https://app.example.com.evil.net', 'is a substring test'],
    [STRING_LITERAL_LIST, 'https://app.example.co', '`allowList` is a string'],
    [ENV_STRING_LIST, 'https://app.example.co', '`allowed` is a string'],
    [JOINED_LIST, 'https://app.example.co', '`allowed` is a string'],
    [MATCH_STRING, 'https://example.com.evil.net', 'the string `example.com` is compiled into a regex'],
    [SEARCH_STRING, 'https://appxexample.com', 'is unescaped and matches any character'],
    [CORS_UNANCHORED, 'https://evilexample.com', 'has no `^` anchor'],
    [CORS_CALLBACK_UNESCAPED, 'https://appxexample.com', 'is unescaped and matches any character'],
    [ALTERNATION, 'https://a.example.com.evil.net', 'the alternation is outside the anchors'],
    [FASTIFY_WILDCARD, 'https://evilexample.com', 'matches any prefix, not only subdomains'],
    [CATCH_ALL, 'https://evil.net', 'accepts any host'],
    [CONSTRUCTED_REGEX, 'https://appxexample.com', 'is unescaped'],
    [CATASTROPHIC, 'https://evilexample.com', 'matches any prefix'],
    [URL_PARSE_REQUIRE, 'https://example.com`.evil.net', 'legacy `url.parse()`'],
    [URL_PARSE_NAMED, 'https://example.com`.evil.net', 'legacy `url.parse()`'],
    [HELPER, 'https://evilexample.com', 'has no dot boundary'],
    [SOME_DOMAINS, 'https://evilexample.com', 'has no dot boundary'],
    [LAMBDA, 'https://evilexample.com', 'has no dot boundary'],
    [HAPI_GLOB, 'https://evilexample.com', 'hapi turns `https://*example.com` into'],
    [KOA_CORS_CALLBACK, 'https://evilexample.com', 'has no dot boundary'],
    [RESTIFY_GLOB, 'https://app.apixexample.com', 'restify-cors-middleware2 turns `https://*.api.example.com` into'],
    [SCHEME_ONLY, 'https://evil.net', "`startsWith('https://')` only checks the scheme"],
    [BOTH_WEAK, 'https://example.com.evil.net', 'is a substring test'],
  ])('%#: reports the origin that gets through', (code, attackerOrigin, reason) => {
    const [message, ...others] = lint(code);
    expect(others).toEqual([]);
    expect(message?.message).toContain(`lets ${attackerOrigin} read responses: `);
    expect(message?.message).toContain(reason);
  });

  it('attacks an http-only development check over http', () => {
    expect(lint(DEV_PREFIX).map((m) => m.message.match(/lets (\S+) read responses/)?.[1])).toEqual([
      'http://localhost.evil.net',
      'http://127.0.0.1.evil.net',
    ]);
  });

  it.each([
    [HONO_SUBDOMAINS, 'http://app.example.com'],
    [URL_WITHOUT_PROTOCOL, 'http://example.com'],
    [OPTIONAL_SCHEME, 'http://example.com'],
    [HTTP_IN_LIST, 'http://partner.example.org'],
    [ELYSIA_BARE_HOST, 'http://example.com'],
  ])('%#: with checkScheme, reports plain HTTP', (code, attackerOrigin) => {
    const messages = lint(code, true);
    expect(messages.map((m) => m.message.match(/lets (\S+) read responses/)?.[1])).toEqual([attackerOrigin]);
  });

  it('stays fast on catastrophic-backtracking patterns', () => {
    const code = `import cors from 'cors';
app.use(cors({ origin: [/^(a+)+$/, /^https:\\/\\/(\\w+\\.?)*example\\.com$/, /^(https?:\\/\\/)?([\\w-]+\\.?)+\\.example\\.com(:\\d+)?$/] }));
app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (/^https:\\/\\/([a-z0-9]+|[a-z0-9-]+)*\\.example\\.com$/.test(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`;
    const started = performance.now();
    const messages = lint(code);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(messages.some((m) => m.message.includes('lets https://evilexample.com read responses'))).toBe(true);
  });
});

// --- type information decides what `.includes` is called on --------------------------------

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/weak-origin-check');

const typedRuleTester = new RuleTester({
  languageOptions: {
    parserOptions: { projectService: true, tsconfigRootDir: fixtures },
  },
});

const TYPED_CONFIG = `interface Request { headers: { origin?: string } }
interface Response { setHeader(name: string, value: string): void }
declare const app: { use(handler: (req: Request, res: Response, next: () => void) => void): void };`;

typedRuleTester.run<MessageIds, Options>('no-weak-origin-check (typed)', rule as never, {
  valid: [
    {
      code: `${TYPED_CONFIG}
declare const config: { corsOrigins: string[] };
app.use((req, res, next) => {
  const origin = req.headers.origin ?? '';
  if (config.corsOrigins.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`,
      filename: path.join(fixtures, 'file.ts'),
    },
  ],
  invalid: [
    {
      // Only the type says `corsOrigins` is one string: a substring test.
      code: `${TYPED_CONFIG}
declare const config: { corsOrigins: string };
app.use((req, res, next) => {
  const origin = req.headers.origin ?? '';
  if (config.corsOrigins.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`,
      filename: path.join(fixtures, 'file.ts'),
      errors: [
        {
          messageId: 'weakOriginCheck',
          line: 7,
          suggestions: [
            {
              messageId: 'splitAllowlist',
              output: `${TYPED_CONFIG}
declare const config: { corsOrigins: string };
app.use((req, res, next) => {
  const origin = req.headers.origin ?? '';
  if (config.corsOrigins.split(',').map((entry) => entry.trim()).includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
  next();
});`,
            },
          ],
        },
      ],
    },
  ],
});
