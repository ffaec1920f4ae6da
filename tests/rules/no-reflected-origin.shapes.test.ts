import rule from '../../rules/no-reflected-origin';
import { describe, expect, it } from 'vitest';
import noWeakOriginCheck from '../../rules/no-weak-origin-check';
import { lintWithPlugin } from '../support/lint-messages';
import { createRuleTester } from '../support/rule-tester';

const ruleTester = createRuleTester();
const reflects = [{ messageId: 'libraryReflectsOrigin' as const }];

/** Options and predicates recognized by their shape in a module that imports no CORS library. */
ruleTester.run('no-reflected-origin (options by shape)', rule, {
  valid: [
    // Exact lists, unknown values and per-request checks are not reflections.
    "module.exports = { origin: ['https://app.example.com'], credentials: true };",
    'module.exports = { origin: process.env.CORS_ORIGIN.split(","), credentials: true };',
    "export const corsOptions = { origin: (origin, cb) => cb(null, allowed.has(origin)), credentials: true };",
    // Not exported: nothing else can use it as options.
    'const local = { origin: (origin, cb) => cb(null, true), credentials: true };',
    // Objects with an `origin` key that are not CORS options.
    'export const theme = { origin: true };',
    'export const point = { origin: [0, 0], credentials: true };',
    "export const mapping = { origin: (value) => value, credentials: 'include' };",
    'export default { origin: "https://app.example.com", credentials: true };',
  ],
  invalid: [
    { code: 'module.exports = { origin: (origin, callback) => callback(null, true), credentials: true };', errors: reflects },
    { code: "module.exports.corsOptions = { origin: (origin, cb) => cb(null, origin), credentials: true };", errors: reflects },
    { code: "exports.corsOptions = { origin: true, credentials: true };", errors: reflects },
    { code: "export const corsHandler = { origin(origin, cb) { cb(null, origin || ''); }, credentials: true };", errors: reflects },
    { code: 'export default { origin: true, credentials: true };', errors: reflects },
    { code: 'const corsOptions = { origin: (o, cb) => cb(null, true) }; export default corsOptions;', errors: reflects },
    { code: 'const corsOptions = { origin: (o, cb) => cb(null, true) }; export { corsOptions };', errors: reflects },
    { code: 'const corsOptions = { origin: (o, cb) => cb(null, true) }; module.exports = { corsOptions };', errors: reflects },
    { code: 'const corsOptions = { origin: (o, cb) => cb(null, true) }; export = corsOptions;', filename: 'cors.ts', errors: reflects },
    {
      code: 'function allowAll(origin, callback) { callback(null, true); } module.exports = { origin: allowAll, credentials: true };',
      errors: reflects,
    },
    // Every object an exported value can evaluate to is judged.
    {
      code: "const allowAll = { origin: (origin, cb) => cb(null, origin || ''), credentials: true }; export const corsOptions = isDev ? allowAll : { origin: ['https://app.example.com'], credentials: true };",
      errors: reflects,
    },
    {
      code: "export default process.env.CORS_ORIGINS ? { origin: process.env.CORS_ORIGINS.split(','), credentials: true } : { origin: true, credentials: true };",
      errors: [{ messageId: 'libraryReflectsOrigin', column: 114 }],
    },
    {
      code: "const corsOptions = { development: { origin: (origin, cb) => cb(null, true), credentials: true }, production: { origin: ['https://a.example'], credentials: true } }; module.exports = corsOptions[process.env.NODE_ENV || 'development'];",
      errors: reflects,
    },
    // Configured and exported: one report, at the configuration.
    {
      code: "import cors from 'cors'; export const corsOptions = { origin: true, credentials: true }; app.use(cors(corsOptions));",
      errors: [{ messageId: 'libraryReflectsOrigin', column: 55 }],
    },
  ],
});

/** Run-time choices at configuration sites: every object the argument can be. */
ruleTester.run('no-reflected-origin (options chosen at run time)', rule, {
  valid: [
    "import cors from 'cors'; app.use(cors(isDev ? { origin: ['http://localhost:3000'] } : { origin: ['https://app.example.com'] }));",
    "import cors from 'cors'; app.use(cors(isDev ? true : { origin: ['https://app.example.com'] }));",
    "import cors from 'cors'; const base = { credentials: true }; app.use(cors(Object.assign({}, base, { origin: ['https://a.example'] })));",
    "import cors from 'cors'; app.use(cors(Object.assign({ origin: true }, loadedOptions)));",
    "import cors from 'cors'; app.use(cors(Object.assign({}, { origin: true }, { origin: ['https://a.example'] })));",
    "import cors from 'cors'; const byEnv = { dev: { origin: ['http://localhost:3000'] }, prod: { origin: ['https://a.example'] } }; app.use(cors(byEnv[env]));",
  ],
  invalid: [
    {
      code: "import { NestFactory } from '@nestjs/core'; const allowAllCors = { origin: (origin, callback) => callback(null, origin || ''), credentials: true }; const app = await NestFactory.create(AppModule); app.enableCors(isDev ? allowAllCors : allowlist ? { origin: check, credentials: true } : allowAllCors);",
      filename: 'main.ts',
      errors: reflects,
    },
    {
      code: "import { NestFactory } from '@nestjs/core'; const app = await NestFactory.create(AppModule, { cors: strict ? { origin: ['https://a.example'], credentials: true } : { origin: true, credentials: true } });",
      filename: 'main.ts',
      errors: reflects,
    },
    { code: "import cors from 'cors'; app.use(cors(options || { origin: true, credentials: true }));", errors: reflects },
    // Object.assign: later sources win, for the origin and for credentials alike.
    {
      code: "import cors from 'cors'; const base = { credentials: true, maxAge: 60 }; app.use(cors(Object.assign({}, base, { origin: true })));",
      errors: [{ messageId: 'libraryReflectsOrigin', column: 113 }],
    },
    // A table of options by environment: any entry may be chosen.
    {
      code: "import cors from 'cors'; const byEnv = { dev: { origin: true, credentials: true }, prod: { origin: ['https://a.example'] } }; app.use(cors(byEnv[env]));",
      errors: reflects,
    },
    { code: "import cors from 'cors'; app.use(cors(options ?? { origin: (o, cb) => cb(null, o) }));", errors: reflects },
    { code: "import cors from 'cors'; const base = { credentials: true }; app.use(cors(useList && { ...base, origin: true }));", errors: reflects },
  ],
});

ruleTester.run('no-weak-origin-check (exported predicates, valid)', noWeakOriginCheck, {
  valid: [
    'export const isOriginAllowed = (origin) => allowedOrigins.has(origin);',
    "export function checkOrigin(origin) { return origin === 'https://app.example.com'; }",
    // Not named as an origin predicate, or no origin parameter: not a CORS decision.
    "export const endsInCom = (origin) => origin.endsWith('example.com');",
    "export const isAllowedHost = (host) => host.endsWith('example.com');",
    // Not exported.
    "const isOriginAllowed = (origin) => origin.endsWith('example.com');",
  ],
  invalid: [],
});

/** Reports with editor suggestions, checked through a full lint: rule, message and position. */
describe('decisions judged where they are defined', () => {
  const cases: readonly { code: string; ruleId: string; messageId: string; column: number; attacker?: string }[] = [
    {
      code: "export const isOriginAllowed = (origin, allowed) => new RegExp('example\\\\.com$').test(new URL(origin).hostname);",
      ruleId: 'cors/no-weak-origin-check',
      messageId: 'weakOriginCheck',
      column: 53,
      attacker: 'https://evilexample.com',
    },
    {
      code: "export function isAllowedOrigin(origin) { return origin.endsWith('example.com'); }",
      ruleId: 'cors/no-weak-origin-check',
      messageId: 'weakOriginCheck',
      column: 50,
      attacker: 'https://evilexample.com',
    },
    {
      code: "module.exports = { isAllowedOrigin: (origin) => origin.indexOf('example.com') !== -1 };",
      ruleId: 'cors/no-weak-origin-check',
      messageId: 'weakOriginCheck',
      column: 49,
    },
    {
      code: 'function validateOrigin(requestOrigin) { return /example\\.com/.test(requestOrigin); } module.exports = validateOrigin;',
      ruleId: 'cors/no-weak-origin-check',
      messageId: 'weakOriginCheck',
      column: 49,
      attacker: 'https://example.com.evil.net',
    },
    {
      code: "export const corsOptions = { origin: (origin, cb) => cb(null, origin.endsWith('example.com')), credentials: true };",
      ruleId: 'cors/no-weak-origin-check',
      messageId: 'weakOriginCheck',
      column: 63,
    },
    {
      code: "export default { origin: ['https://app.example.com', 'null'], credentials: true };",
      ruleId: 'cors/no-null-origin',
      messageId: 'libraryNullOrigin',
      column: 54,
    },
  ];
  for (const { code, ruleId, messageId, column, attacker } of cases) {
    it(code, () => {
      const messages = lintWithPlugin(code);
      expect(messages.map((m) => [m.ruleId, m.messageId, m.line, m.column])).toEqual([[ruleId, messageId, 1, column]]);
      if (attacker) expect(messages[0]!.message).toContain(attacker);
    });
  }
});
