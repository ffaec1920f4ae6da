/**
 * tRPC adapters (@trpc/server 11.25.2) have no CORS option of their own: the standalone adapter's
 * `createHTTPServer({ middleware })` runs a Connect-style middleware (often `cors(...)`),
 * `createHTTPHandler` is called from the user's own `http.createServer`, and the fetch adapter's
 * `responseMeta()` returns the response headers. Each is read as header writes or a nested `cors()` call.
 */
import noReflectedOrigin from '../../../rules/no-reflected-origin';
import noWildcardWithCredentials from '../../../rules/no-wildcard-with-credentials';
import requireVaryOrigin from '../../../rules/require-vary-origin';
import { createRuleTester } from '../../support/rule-tester';

const ruleTester = createRuleTester();

const ALLOWLIST = "/* the exact trusted origins, e.g. 'https://app.example.com' */";

const FETCH_ALLOWLISTED = `
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
const allowedOrigins = new Set(['https://app.example.com']);
export default {
  fetch(request) {
    return fetchRequestHandler({
      endpoint: '/trpc',
      req: request,
      router: appRouter,
      responseMeta() {
        const origin = request.headers.get('origin');
        return { headers: { Vary: 'Origin', ...(origin && allowedOrigins.has(origin) ? { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true' } : {}) } };
      },
    });
  },
};`;

const FETCH_REFLECTS = `import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
export default {
  fetch(request) {
    return fetchRequestHandler({
      endpoint: '/trpc',
      req: request,
      router: appRouter,
      responseMeta() {
        return { headers: { 'Access-Control-Allow-Origin': request.headers.get('origin'), 'Access-Control-Allow-Credentials': 'true' } };
      },
    });
  },
};`;

const HANDLER_REFLECTS = `import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import http from 'node:http';
const handler = createHTTPHandler({ router: appRouter });
http.createServer((req, res) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  handler(req, res);
}).listen(3000);`;

const MIDDLEWARE_REFLECTS = `import { createHTTPServer } from '@trpc/server/adapters/standalone';
createHTTPServer({
  router: appRouter,
  middleware(req, res, next) {
    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
    next();
  },
}).listen(3000);`;

ruleTester.run('no-reflected-origin (tRPC)', noReflectedOrigin, {
  valid: [
    FETCH_ALLOWLISTED,
    "import { createHTTPServer } from '@trpc/server/adapters/standalone'; import cors from 'cors'; createHTTPServer({ router: appRouter, middleware: cors() }).listen(3000);",
    "import { createHTTPServer } from '@trpc/server/adapters/standalone'; import cors from 'cors'; createHTTPServer({ router: appRouter, middleware: cors({ origin: ['https://app.example.com'], credentials: true }) });",
    // A local `cors` is not the package.
    "import { createHTTPServer } from '@trpc/server/adapters/standalone'; const cors = (options) => (req, res, next) => next(); createHTTPServer({ router: appRouter, middleware: cors({ origin: true, credentials: true }) });",
  ],
  invalid: [
    {
      code: FETCH_REFLECTS,
      errors: [
        {
          messageId: 'reflectedOrigin',
          line: 9,
          suggestions: [
            {
              messageId: 'allowlistOrigin',
              output: FETCH_REFLECTS.replace('\nexport default', `\nconst allowedOrigins = new Set<string>([${ALLOWLIST}]);\nexport default`).replace(
                "{ 'Access-Control-Allow-Origin': request.headers.get('origin'),",
                "{ ...(allowedOrigins.has(request.headers.get('origin') ?? '') ? { 'Access-Control-Allow-Origin': request.headers.get('origin') } : {}),",
              ),
            },
          ],
        },
      ],
    },
    {
      code: HANDLER_REFLECTS,
      errors: [
        {
          messageId: 'reflectedOrigin',
          line: 5,
          suggestions: [
            {
              messageId: 'allowlistOrigin',
              output: HANDLER_REFLECTS.replace('\nconst handler', `\nconst allowedOrigins = new Set<string>([${ALLOWLIST}]);\nconst handler`).replace(
                "  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);",
                "  if (allowedOrigins.has(req.headers.origin ?? '')) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);",
              ),
            },
          ],
        },
      ],
    },
    {
      code: MIDDLEWARE_REFLECTS,
      errors: [
        {
          messageId: 'reflectedOrigin',
          line: 5,
          suggestions: [
            {
              messageId: 'allowlistOrigin',
              output: MIDDLEWARE_REFLECTS.replace('\ncreateHTTPServer', `\nconst allowedOrigins = new Set<string>([${ALLOWLIST}]);\ncreateHTTPServer`).replace(
                "    res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');",
                "    if (allowedOrigins.has(req.headers.origin ?? '')) res.setHeader('Access-Control-Allow-Origin', req.headers.origin!);",
              ),
            },
          ],
        },
      ],
    },
    // A nested `cors()` call as the standalone adapter's middleware.
    {
      code: "import { createHTTPServer } from '@trpc/server/adapters/standalone';\nimport cors from 'cors';\ncreateHTTPServer({ router: appRouter, middleware: cors({ origin: true, credentials: true }) }).listen(3000);",
      errors: [{ messageId: 'libraryReflectsOrigin', line: 3 }],
    },
    {
      code: "const { createHTTPServer } = require('@trpc/server/adapters/standalone');\nconst cors = require('cors');\nconst server = createHTTPServer({ router: appRouter, middleware: cors({ origin: (origin, callback) => callback(null, origin), credentials: true }) });",
      errors: [{ messageId: 'libraryReflectsOrigin', line: 3 }],
    },
  ],
});

ruleTester.run('require-vary-origin (tRPC)', requireVaryOrigin, {
  valid: [
    FETCH_ALLOWLISTED,
    // cors adds `Vary: Origin` itself.
    "import { createHTTPServer } from '@trpc/server/adapters/standalone'; import cors from 'cors'; createHTTPServer({ router: appRouter, middleware: cors({ origin: ['https://app.example.com'] }) });",
  ],
  invalid: [
    { code: FETCH_REFLECTS, errors: [{ messageId: 'missingVary', line: 9 }] },
    { code: HANDLER_REFLECTS, errors: [{ messageId: 'missingVary', line: 5 }] },
    { code: MIDDLEWARE_REFLECTS, errors: [{ messageId: 'missingVary', line: 5 }] },
  ],
});

ruleTester.run('no-wildcard-with-credentials (tRPC)', noWildcardWithCredentials, {
  valid: [FETCH_ALLOWLISTED],
  invalid: [
    {
      code: "import { fetchRequestHandler } from '@trpc/server/adapters/fetch';\nexport const handler = (req) => fetchRequestHandler({ endpoint: '/trpc', req, router: appRouter, responseMeta: () => ({ headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' } }) });",
      errors: [{ messageId: 'wildcardWithCredentials', line: 2 }],
    },
    {
      code: "import { createHTTPServer } from '@trpc/server/adapters/standalone';\nimport cors from 'cors';\ncreateHTTPServer({ router: appRouter, middleware: cors({ origin: '*', credentials: true }) });",
      errors: [{ messageId: 'libraryWildcardWithCredentials', line: 3 }],
    },
  ],
});
