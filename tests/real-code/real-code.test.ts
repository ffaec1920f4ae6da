/**
 * Realistic small projects, laid out as real repositories are, linted by ESLint's `ESLint` class
 * with the built plugin through `extends`, and the config each would have. Every finding is
 * listed (file, line, rule), and nothing else may be reported: a false alarm here is a bug.
 * Run `npm run build` first.
 */
import tsParser from '@typescript-eslint/parser';
import { defineConfig } from 'eslint/config';
import type { Linter } from 'eslint';
import globals from 'globals';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintProject, loadPlugin } from './support/lint-project';

let cors: Awaited<ReturnType<typeof loadPlugin>>;
beforeAll(async () => {
  cors = await loadPlugin();
});

const typescript = { parser: tsParser as Linter.Parser };

describe('an Express API with config/, middleware/, utils/ and routes/ (CommonJS, globals.node)', () => {
  it('reports the widget route and the partner Vary, and nothing in scripts or tests', async () => {
    const findings = await lintProject(
      'express-shop',
      defineConfig([{ files: ['**/*.js'], languageOptions: { sourceType: 'commonjs', globals: globals.node }, extends: [cors.configs.recommended] }]),
    );
    expect(findings).toEqual([
      // Vary: Origin only inside the allowlist branch: a refused response can be cached without it.
      'middleware/partnerCors.js:6 cors/require-vary-origin',
      // `req.headers.origin || '*'` with credentials: reflects every origin, and sends no Vary.
      'routes/widget.js:7 cors/no-reflected-origin',
      // Not no-wildcard-with-credentials: the `'*'` branch never reaches a CORS check, since a
      // cross-origin request always carries Origin.
      'routes/widget.js:7 cors/require-vary-origin',
      // `isPartnerOrigin` accepts any origin ending in acme-shop.example
      // (https://evil-acme-shop.example), and middleware/partnerCors.js trusts it. Reported where it
      // is defined, where the fix goes; the importer's guard is judged by it (weak, not unchecked).
      'utils/origin.js:5 cors/no-weak-origin-check',
      // Not reported, rightly: config/corsOptions.js (exact allowlist from config/allowedOrigins.js),
      // scripts/smoke.js and test/cors.test.js (Node sends Cookie and Origin as given).
    ]);
  });
});

describe('a NestJS + Fastify API with main.ts and a config module (globals.node and jest)', () => {
  it('reports the reflecting options module, and nothing in its Node code and tests', async () => {
    const findings = await lintProject(
      'nest-api',
      defineConfig([{ files: ['**/*.ts'], languageOptions: { ...typescript, globals: { ...globals.node, ...globals.jest } }, extends: [cors.configs.recommended] }]),
    );
    expect(findings).toEqual([
      // `allowAllCors` answers `callback(null, origin || '')` with credentials, and src/main.ts picks
      // it in development and whenever CORS_ORIGINS is empty: every origin is reflected with cookies.
      // Reported where it is defined, where the fix goes.
      'src/config/cors-options.ts:4 cors/no-reflected-origin',
      // Not reported, rightly: src/auth/session.guard.ts, its spec and test/app.e2e-spec.ts build
      // `new Headers({ cookie, host })` for better-auth and in-process requests, which stay in Node.
    ]);
  });
  it('reports nothing in its tests under a shared config with browser and Node globals either', async () => {
    // The false alarm of the issue: without Node-only globals, the package (NestJS, Fastify) decides.
    const findings = await lintProject(
      'nest-api',
      defineConfig([{ files: ['**/*.ts'], languageOptions: { ...typescript, globals: { ...globals.browser, ...globals.node } }, extends: [cors.configs.all] }]),
    );
    expect(findings).toEqual(['src/config/cors-options.ts:4 cors/no-reflected-origin']);
  });
});

describe('a Next.js app with route handlers, middleware and client components (browser and Node globals)', () => {
  it('reports the client component, the reflected route and the next.config wildcard', async () => {
    const findings = await lintProject(
      'next-dashboard',
      defineConfig([
        {
          files: ['**/*.{js,mjs,ts,tsx}'],
          languageOptions: { ...typescript, parserOptions: { ecmaFeatures: { jsx: true } }, globals: { ...globals.browser, ...globals.node } },
          extends: [cors.configs.all],
        },
      ]),
    );
    expect(findings).toEqual([
      // `origin ?? '*'` with credentials: reflects every origin, with no Vary.
      'app/api/profile/route.ts:9 cors/no-reflected-origin',
      // Not no-wildcard-with-credentials: the `'*'` branch never reaches a CORS check.
      'app/api/profile/route.ts:9 cors/require-vary-origin',
      // A client component: the browser drops the Cookie header.
      'app/components/LoginForm.tsx:12 cors/no-forbidden-request-headers',
      // The allowlist is exact, but no Vary: Origin.
      'middleware.ts:9 cors/require-vary-origin',
      // `*` with credentials on /api/public/*: browsers refuse every credentialed response.
      'next.config.mjs:8 cors/no-wildcard-with-credentials',
      // Not reported, rightly: app/api/session/route.ts forwards the cookie from the server, and
      // lib/profile.ts (no declaration, absolute URL) is not known to run in a browser.
    ]);
  });
});

describe('a workspace monorepo with apps and packages (one root config, browser and Node globals)', () => {
  it('decides each file from its package', async () => {
    const findings = await lintProject(
      'turbo-monorepo',
      defineConfig([{ files: ['**/*.{ts,tsx}'], languageOptions: { ...typescript, globals: { ...globals.browser, ...globals.node } }, extends: [cors.configs.recommended] }]),
    );
    expect(findings).toEqual([
      // `publicCors` reflects every origin (`callback(null, origin)`) with credentials, and
      // apps/api/src/app.ts imports it into `cors(publicCors)`: reported where it is defined.
      'apps/api/src/cors.ts:5 cors/no-reflected-origin',
      // A Vite + React app: the axios interceptor's Origin is dropped by the browser.
      'apps/web/src/lib/http.ts:9 cors/no-forbidden-request-headers',
      // Not reported, rightly: apps/api (express) sets Host on an upstream call and Cookie in its
      // tests, both in Node. By design: packages/api-client sets Origin on an absolute URL and its
      // package says nothing, so it is unknown and not reported; `settings.cors.environment`
      // per `files` glob would mark it.
    ]);
  });
});
