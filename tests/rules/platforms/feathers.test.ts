/**
 * Feathers v5 re-exports CORS middleware: `@feathersjs/express` (5.0.50) exports `cors` 2.8.x as
 * `cors` (also on its default export), `@feathersjs/koa` exports `@koa/cors` v5 as `cors`. They
 * are the `cors` and `@koa/cors` tables' sites.
 */
import noNullOrigin from '../../../rules/no-null-origin';
import noReflectedOrigin from '../../../rules/no-reflected-origin';
import noWildcardWithCredentials from '../../../rules/no-wildcard-with-credentials';
import requireVaryOrigin from '../../../rules/require-vary-origin';
import { createRuleTester } from '../../support/rule-tester';

const ruleTester = createRuleTester();

ruleTester.run('no-reflected-origin (Feathers)', noReflectedOrigin, {
  valid: [
    "import { cors } from '@feathersjs/express'; app.use(cors({ origin: ['https://app.example.com'], credentials: true }));",
    "import express from '@feathersjs/express'; app.use(express.cors());",
    "import { cors } from '@feathersjs/koa'; app.use(cors({ origin: 'https://app.example.com', credentials: true }));",
    // Look-alikes: @feathersjs/feathers has no `cors`, a local `cors`, a shadowing parameter.
    "import { cors } from '@feathersjs/feathers'; app.use(cors({ origin: true, credentials: true }));",
    "import { rest } from '@feathersjs/express'; const cors = (options) => options; app.use(cors({ origin: true, credentials: true }));",
    "import { cors } from '@feathersjs/express'; export function configure(cors) { app.use(cors({ origin: true, credentials: true })); }",
    // `express.json` is not CORS.
    "import express from '@feathersjs/express'; app.use(express.json({ origin: true }));",
  ],
  invalid: [
    { code: "import { cors } from '@feathersjs/express'; app.use(cors({ origin: true, credentials: true }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import { cors as feathersCors } from '@feathersjs/express'; app.use(feathersCors({ origin: /.*/, credentials: true }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import express from '@feathersjs/express'; app.use(express.cors({ origin: true, credentials: true }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "const express = require('@feathersjs/express'); app.use(express.cors({ origin: (origin, callback) => callback(null, true), credentials: true }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "const { cors } = require('@feathersjs/express'); app.use(cors({ origin: true }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    // @koa/cors v5 turns its default `*` into the request Origin when credentials are on.
    { code: "import { cors } from '@feathersjs/koa'; app.use(cors({ credentials: true }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "import * as feathersKoa from '@feathersjs/koa'; app.use(feathersKoa.cors({ origin: '*', credentials: true }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
    { code: "const { cors } = require('@feathersjs/koa'); app.use(cors({ origin: (ctx) => ctx.get('Origin'), credentials: true }));", errors: [{ messageId: 'libraryReflectsOrigin' }] },
  ],
});

ruleTester.run('no-wildcard-with-credentials (Feathers)', noWildcardWithCredentials, {
  valid: ["import { cors } from '@feathersjs/express'; app.use(cors({ origin: '*' }));"],
  invalid: [{ code: "import { cors } from '@feathersjs/express'; app.use(cors({ origin: '*', credentials: true }));", errors: [{ messageId: 'libraryWildcardWithCredentials' }] }],
});

ruleTester.run('require-vary-origin (Feathers)', requireVaryOrigin, {
  // cors and @koa/cors add `Vary: Origin` themselves.
  valid: [
    "import { cors } from '@feathersjs/express'; app.use(cors({ origin: ['https://app.example.com', 'https://admin.example.com'] }));",
    "import { cors } from '@feathersjs/koa'; app.use(cors({ origin: (ctx) => (ctx.get('Origin') === 'https://app.example.com' ? ctx.get('Origin') : '') }));",
  ],
  invalid: [],
});

ruleTester.run('no-null-origin (Feathers)', noNullOrigin, {
  valid: ["import { cors } from '@feathersjs/express'; app.use(cors({ origin: ['https://app.example.com'] }));"],
  invalid: [
    {
      code: "import { cors } from '@feathersjs/express'; app.use(cors({ origin: ['https://app.example.com', 'null'] }));",
      errors: [{ messageId: 'libraryNullOrigin', suggestions: [{ messageId: 'removeNullOrigin', output: "import { cors } from '@feathersjs/express'; app.use(cors({ origin: ['https://app.example.com'] }));" }] }],
    },
  ],
});
