import rule, { type MessageIds, type Options } from '../../rules/no-forbidden-request-headers';
import { environmentFixture as at, fixtureCase } from '../support/environment-fixtures';
import { createRuleTester } from '../support/rule-tester';

// Where a file runs, step by step (docs/rules/no-forbidden-request-headers.md, "How the
// environment is decided"). Every case names a file in the fixture trees under
// tests/fixtures/environment/, whose package.json files are the package evidence.
const ruleTester = createRuleTester();

/** The tester declares browser and Node globals; these leave one kind only. */
const BROWSER_GLOBALS_ONLY = { languageOptions: { globals: { require: 'off', module: 'off', HTMLElement: 'readonly' } } } as const;
const NODE_GLOBALS_ONLY = { languageOptions: { globals: { window: 'off', document: 'off', __dirname: 'readonly' } } } as const;

/** A request with an absolute URL and no other evidence: reported only where the file is decided browser. */
const NO_EVIDENCE = `export const load = (token: string) => fetch('https://api.acme.test/me', { headers: { Cookie: token } });`;
const REMOVED_E2E: ReadonlyArray<readonly [string, string]> = [
  ["new Headers({ cookie: 'session_token=abc', host: 'api.acme.test' })", "new Headers({ host: 'api.acme.test' })"],
  ["new Headers({ cookie: 'session_token=abc', host: 'api.acme.test' })", "new Headers({ cookie: 'session_token=abc' })"],
];
const NO_EVIDENCE_REMOVED = ["fetch('https://api.acme.test/me', { headers: { Cookie: token } })", "fetch('https://api.acme.test/me', {})"] as const;

/** One report per `[from, to]`, whose suggestion turns `from` into `to` in the code. */
const removing = (code: string, ...edits: ReadonlyArray<readonly [string, string]>) =>
  edits.map(([from, to]) => {
    if (!code.includes(from)) throw new Error(`the case does not contain ${from}`);
    return { messageId: 'forbiddenRequestHeader' as const, suggestions: [{ messageId: 'removeHeader' as const, output: code.replace(from, to) }] };
  });
const settings = (environment: string) => ({ cors: { environment } });

interface EnvironmentCase {
  readonly code: string;
  readonly filename: string;
  readonly settings?: Record<string, unknown>;
  readonly options?: Options;
  readonly languageOptions?: { readonly globals: Record<string, 'readonly' | 'off'> };
  /** Each report's suggestion, as the text it replaces and its replacement. */
  readonly removed: ReadonlyArray<readonly [string, string]>;
}

ruleTester.run<MessageIds, Options>('no-forbidden-request-headers (environment)', rule as never, {
  valid: [
    // 1. settings.cors.environment: "server" outranks every evidence, browser globals included.
    { code: `fetch('/api', { headers: { Origin: window.location.origin } });`, filename: at('web-package/src/file.ts'), settings: settings('server') },
    // ... and a server declaration outranks a "browser" setting: bundlers keep it out of browsers.
    { code: `import 'server-only';\n${NO_EVIDENCE}`, filename: at('neutral-package/src/file.ts'), settings: settings('browser') },
    // An unknown setting value leaves the decision to the evidence.
    { code: NO_EVIDENCE, filename: at('neutral-package/src/file.ts'), settings: settings('edge') },

    // 2. Declarations outrank the package: a server-only module inside a front-end package.
    { code: `import 'server-only';\n${NO_EVIDENCE}`, filename: at('web-package/src/session.ts') },
    { code: `'use server';\n${NO_EVIDENCE}`, filename: at('web-package/src/actions.ts') },
    { code: NO_EVIDENCE, filename: at('web-package/app/routes/account.server.ts') },
    // Configured Node globals only (globals.node) outrank the package.
    { code: NO_EVIDENCE, filename: at('web-package/scripts/seed.ts'), ...NODE_GLOBALS_ONLY },

    // 3. The nearest package.json: a NestJS + Fastify app and its tests.
    fixtureCase('monorepo/apps/api/src/auth/auth.guard.ts'),
    fixtureCase('monorepo/apps/api/src/auth/auth.service.spec.ts'),
    fixtureCase('monorepo/apps/api/test/app.e2e-spec.ts'),
    // hono with its Node adapter is a server; Next's route handlers always run on the server.
    { code: NO_EVIDENCE, filename: at('hono-node/src/proxy.ts') },
    fixtureCase('monorepo/apps/dashboard/app/api/session/route.ts'),
    { code: NO_EVIDENCE, filename: at('monorepo/apps/dashboard/pages/api/me.ts') },
    { code: NO_EVIDENCE, filename: at('monorepo/apps/dashboard/middleware.ts') },
    // A package.json that does not parse tells nothing, and nothing throws.
    { code: NO_EVIDENCE, filename: at('broken-package/src/file.ts') },

    // 4. Test files without a DOM run in Node, in a package that says nothing ...
    fixtureCase('monorepo/packages/shared/src/__tests__/headers.test.ts'),
    { code: `const res = await fetch('/api/me', { headers: { Cookie: 'a=1' } });`, filename: at('neutral-package/src/client.spec.ts') },
    { code: NO_EVIDENCE, filename: at('neutral-package/src/client.e2e-spec.ts') },
    { code: NO_EVIDENCE, filename: at('neutral-package/src/__tests__/client.ts') },
    // ... and in test/ next to a server package, even a full-stack one (express + react-dom).
    fixtureCase('monorepo/apps/site/test/render.ts'),

    // 5. The file's code: server imports; and no evidence at all is not reported.
    { code: `import { request } from 'undici';\n${NO_EVIDENCE}`, filename: at('neutral-package/src/file.ts') },
    { code: NO_EVIDENCE, filename: at('neutral-package/src/file.ts') },
    fixtureCase('monorepo/packages/shared/src/http.ts'),
    // A relative URL of a server framework's route is not a request.
    { code: `import { Router } from 'express';\nconst router = Router();\nrouter.get('/me', (req, res) => res.json({}));\n${NO_EVIDENCE}`, filename: at('neutral-package/src/file.ts') },
  ],
  invalid: (
    [
    // 1. settings.cors.environment: "browser" outranks the package of a Nest app ...
    { code: NO_EVIDENCE, filename: at('monorepo/apps/api/src/client.ts'), settings: settings('browser'), removed: [NO_EVIDENCE_REMOVED] },
    // ... as does the rule's own option; 'any' reports Node test files too.
    { ...fixtureCase('monorepo/apps/api/test/app.e2e-spec.ts'), options: [{ environment: 'any' }], removed: REMOVED_E2E },
    { code: NO_EVIDENCE, filename: at('neutral-package/src/file.ts'), settings: settings('server'), options: [{ environment: 'browser' }], removed: [NO_EVIDENCE_REMOVED] },

    // 2. A client declaration outranks a server package.
    { code: `'use client';\n${NO_EVIDENCE}`, filename: at('monorepo/apps/api/src/widget.tsx'), removed: [NO_EVIDENCE_REMOVED] },
    { code: NO_EVIDENCE, filename: at('monorepo/apps/api/src/widget.client.ts'), removed: [NO_EVIDENCE_REMOVED] },
    // Configured browser globals only (globals.browser) outrank the package.
    { code: NO_EVIDENCE, filename: at('monorepo/apps/api/src/embed.ts'), ...BROWSER_GLOBALS_ONLY, removed: [NO_EVIDENCE_REMOVED] },

    // 3. A front-end package: react-dom and vite, or a "browser" field.
    { ...fixtureCase('monorepo/apps/web/src/api/session.ts'), removed: [[", headers: { Cookie: `session_token=${token}` } }", ' }']] },
    { code: NO_EVIDENCE, filename: at('browser-field/src/client.ts'), removed: [NO_EVIDENCE_REMOVED] },
    // The package is read before test files: a test of a front-end package is browser code.
    { ...fixtureCase('monorepo/apps/web/src/components/profile.test.tsx'), removed: [["new Headers({ cookie: 'session_token=abc' })", 'new Headers({})']] },
    // A Next.js file that is not a route handler is left to its code (a relative URL here).
    { ...fixtureCase('monorepo/apps/dashboard/app/account/refresh.ts'), removed: [[", headers: { Cookie: `session_token=${token}` } }", ' }']] },

    // 4. Test files with a DOM: a docblock, a DOM environment in the nearest vitest config, or `window`.
    { ...fixtureCase('monorepo/packages/shared/src/__tests__/fetch.dom.test.ts'), removed: [[", { headers: { Cookie: 'session_token=abc' } })", ', {})']] },
    { ...fixtureCase('monorepo/packages/widgets/src/avatar.test.ts'), removed: [[", { headers: { Cookie: 'session_token=abc' } })", ', {})']] },
    { code: `window.fetch('https://api.acme.test', { headers: { Cookie: 'a=1' } });`, filename: at('neutral-package/src/page.test.ts'), removed: [[", { headers: { Cookie: 'a=1' } })", ', {})']] },
    // test/ counts only next to a server package.
    { code: `await fetch('/api/me', { headers: { Cookie: 'a=1' } });`, filename: at('neutral-package/test/page.ts'), removed: [[", { headers: { Cookie: 'a=1' } })", ', {})']] },

    // 5. The file's code: browser globals, a full-stack package's client entry, a relative URL, a DOM library.
    { ...fixtureCase('monorepo/packages/shared/src/storage.ts'), removed: [['new Headers({ cookie: `session_token=${token}` })', 'new Headers({})']] },
    { ...fixtureCase('monorepo/apps/site/src/client/entry.ts'), removed: [[", { headers: { Origin: 'https://acme.test' } })", ', {})']] },
    { code: `await fetch('/api/me', { headers: { Cookie: 'a=1' } });`, filename: at('broken-package/src/file.ts'), removed: [[", { headers: { Cookie: 'a=1' } })", ', {})']] },
    { code: `import ky from 'ky';\nconst api = ky.create({ prefixUrl: '/api' });\nawait api.get('me', { headers: { Origin: 'x' } });`, filename: at('hono-client/src/file.ts'), removed: [[", { headers: { Origin: 'x' } })", ', {})']] },
    { code: `import axios from 'axios';\nexport const api = axios.create({ baseURL: '/api', headers: { Cookie: 'a=1' } });`, filename: at('neutral-package/src/file.ts'), removed: [[", headers: { Cookie: 'a=1' } })", ' })']] },
    { code: `import { createRoot } from 'react-dom/client';\n${NO_EVIDENCE}`, filename: at('neutral-package/src/file.ts'), removed: [NO_EVIDENCE_REMOVED] },
    { code: `const xhr = new XMLHttpRequest();\nxhr.setRequestHeader('Cookie', 'a=1');`, filename: at('neutral-package/src/file.ts'), removed: [["\nxhr.setRequestHeader('Cookie', 'a=1');", '\n']] },
    ] satisfies EnvironmentCase[]
  ).map(({ removed, ...test }) => ({ ...test, errors: removing(test.code, ...removed) })),
});
