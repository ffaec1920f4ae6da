import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../rules/no-reflected-origin';
import { createRuleTester } from '../support/rule-tester';

/**
 * Development-only branches stay findings (a production server started without `NODE_ENV` takes
 * `NODE_ENV !== 'production'` branches too), told as development-only, with the way to keep them.
 */
const ruleTester = createRuleTester();

const ATTACKER = 'https://evil.example';
const UNSET = 'a server started without NODE_ENV runs it too';
const IN_MODE = 'any server started in that mode runs it';
const LIST = "['https://app.example.com']";
const COOKIES = " with the visitor's cookies";
const DECLARATION = "const allowedOrigins = new Set<string>([/* the exact trusted origins, e.g. 'https://app.example.com' */]);";
const DECLARING = ', and declare an empty `allowedOrigins` Set for the trusted origins (none is allowed until you list them)';

function library(code: string, condition: string, reach: string, options: { library?: string; credentials?: boolean } = {}): InvalidTestCase<MessageIds, Options> {
  const credentials = options.credentials ?? false;
  return {
    code,
    errors: [
      {
        messageId: 'libraryReflectsOriginInDevelopment',
        data: {
          library: options.library ?? 'cors',
          condition,
          reach,
          attackerOrigin: ATTACKER,
          credentials: credentials ? ' together with `Access-Control-Allow-Credentials: true`' : '',
          impact: credentials ? COOKIES : '',
        },
      },
    ],
  };
}

/** A raw echo in a development-only branch, with the allowlist suggestion every echo gets. */
function rawWrite(before: string, write: string, after: string, condition: string, reach: string): InvalidTestCase<MessageIds, Options> {
  const code = `${before}${write}${after}`;
  return {
    code,
    errors: [
      {
        messageId: 'reflectedOriginInDevelopment',
        data: { condition, reach, attackerOrigin: ATTACKER, credentialsNote: ', with cookies if credentials are on' },
        suggestions: [
          {
            messageId: 'allowlistOrigin',
            data: { allowlist: 'allowedOrigins', origin: 'req.headers.origin', declaration: DECLARING },
            output: `${DECLARATION}\n${before}if (allowedOrigins.has(req.headers.origin ?? '')) ${write}${after}`,
          },
        ],
      },
    ],
  };
}

const ECHO = "res.setHeader('Access-Control-Allow-Origin', req.headers.origin);";

ruleTester.run<MessageIds, Options>('no-reflected-origin (development-only branches)', rule as never, {
  valid: [
    // A condition that is not a build mode: not judged here (the production list may be chosen at run time).
    `import cors from 'cors'; app.use(cors({ origin: flag ? true : ${LIST} }));`,
    // A dev-named flag that does not come from the build mode.
    `import cors from 'cors'; const isDev = readFlag(); app.use(cors({ origin: isDev ? true : ${LIST} }));`,
    // A member or import that is not named like a mode flag.
    `import cors from 'cors'; import { open } from './flags'; app.use(cors({ origin: open ? true : ${LIST} }));`,
    `import cors from 'cors'; app.use(cors({ origin: config.openCors ? true : ${LIST} }));`,
    // A local \`process\` shadows the global one.
    `import cors from 'cors'; export function make(process) { return cors({ origin: process.env.NODE_ENV !== 'production' ? true : ${LIST} }); }`,
    // Development gets an exact list of local origins: the policy the message recommends.
    `import cors from 'cors'; const isDev = process.env.NODE_ENV !== 'production'; app.use(cors({ origin: isDev ? ['http://localhost:5173'] : ${LIST} }));`,
    // Both branches check the origin.
    `import cors from 'cors'; app.use(cors({ origin: (origin, callback) => { if (process.env.NODE_ENV !== 'production') return callback(null, ['http://localhost:5173'].includes(origin)); callback(null, allowed.includes(origin)); } }));`,
    // An origin check inside the development branch guards the echo.
    `app.use((req, res, next) => { if (process.env.NODE_ENV !== 'production') { if (allowedOrigins.has(req.headers.origin)) ${ECHO} } next(); });`,
  ],
  invalid: [
    // NODE_ENV compared with each mode, either way round.
    library(`import cors from 'cors'; app.use(cors({ origin: process.env.NODE_ENV === 'development' ? true : ${LIST}, credentials: true }));`, "process.env.NODE_ENV === 'development'", IN_MODE, { credentials: true }),
    library(`import cors from 'cors'; app.use(cors({ origin: process.env.NODE_ENV !== 'production' ? true : ${LIST} }));`, "process.env.NODE_ENV !== 'production'", UNSET),
    library(`import cors from 'cors'; app.use(cors({ origin: 'production' === process.env.NODE_ENV ? ${LIST} : true }));`, "'production' === process.env.NODE_ENV", UNSET),
    library(`import cors from 'cors'; app.use(cors({ origin: process.env['NODE_ENV'] == 'dev' ? true : ${LIST} }));`, "process.env['NODE_ENV'] == 'dev'", IN_MODE),
    // Consts derived from the mode: isDev, isDevelopment, dev, isProduction (negated), through an alias.
    library(`import cors from 'cors'; const isDev = process.env.NODE_ENV !== 'production'; app.use(cors({ origin: isDev ? true : ${LIST} }));`, 'isDev', UNSET),
    library(`import cors from 'cors'; const isDevelopment = process.env.NODE_ENV === 'development'; app.use(cors({ origin: isDevelopment ? true : ${LIST} }));`, 'isDevelopment', IN_MODE),
    library(`import cors from 'cors'; const dev = process.env.NODE_ENV !== 'production'; app.use(cors({ origin: dev ? true : ${LIST} }));`, 'dev', UNSET),
    library(`import cors from 'cors'; const isProduction = process.env.NODE_ENV === 'production'; app.use(cors({ origin: isProduction ? ${LIST} : true }));`, 'isProduction', UNSET),
    library(`import cors from 'cors'; const isProd = process.env.NODE_ENV === 'production'; app.use(cors({ origin: !isProd ? true : ${LIST} }));`, '!isProd', UNSET),
    library(`import cors from 'cors'; const env = process.env.NODE_ENV; app.use(cors({ origin: env === 'local' ? true : ${LIST} }));`, "env === 'local'", IN_MODE),
    library(`import cors from 'cors'; const { NODE_ENV } = process.env; app.use(cors({ origin: NODE_ENV !== 'production' ? true : ${LIST} }));`, "NODE_ENV !== 'production'", UNSET),
    // Vite's import.meta.env and Express's app.get('env') (which is `development` when NODE_ENV is unset).
    library(`import cors from 'cors'; app.use(cors({ origin: import.meta.env.DEV ? true : ${LIST} }));`, 'import.meta.env.DEV', IN_MODE),
    library(`import cors from 'cors'; app.use(cors({ origin: import.meta.env.PROD ? ${LIST} : true }));`, 'import.meta.env.PROD', IN_MODE),
    library(`import cors from 'cors'; app.use(cors({ origin: import.meta.env.MODE === 'development' ? true : ${LIST} }));`, "import.meta.env.MODE === 'development'", IN_MODE),
    library(`import cors from 'cors'; app.use(cors({ origin: app.get('env') === 'development' ? true : ${LIST} }));`, "app.get('env') === 'development'", UNSET),
    // Flags from a config module out of sight, known by their names.
    library(`import cors from '@fastify/cors'; await app.register(cors, { origin: config.isDev ? true : config.corsOrigin, credentials: true });`, 'config.isDev', IN_MODE, { library: '@fastify/cors', credentials: true }),
    library(`import cors from 'cors'; import { isProduction } from './env'; app.use(cors({ origin: isProduction ? ${LIST} : true }));`, 'isProduction', IN_MODE),
    // Origin callbacks: an early development answer, and a development arm of the answer.
    library(
      `import cors from 'cors'; app.use(cors({ origin: (origin, callback) => { if (process.env.NODE_ENV !== 'production') return callback(null, true); if (allowed.includes(origin)) return callback(null, true); callback(new Error('Not allowed')); }, credentials: true }));`,
      "process.env.NODE_ENV !== 'production'",
      UNSET,
      { credentials: true },
    ),
    library(`import { cors } from 'hono/cors'; app.use(cors({ origin: (origin) => (import.meta.env.DEV ? origin : allowed.includes(origin) ? origin : null) }));`, 'import.meta.env.DEV', IN_MODE, { library: 'hono/cors' }),
    // Raw writes in a development-only branch, by `if` and by `else`.
    rawWrite("app.use((req, res, next) => { if (process.env.NODE_ENV !== 'production') { ", ECHO, ' } next(); });', "process.env.NODE_ENV !== 'production'", UNSET),
    rawWrite("app.use((req, res, next) => { if (process.env.NODE_ENV === 'production') { next(); return; } else { ", ECHO, ' } next(); });', "process.env.NODE_ENV === 'production'", UNSET),
  ],
});
