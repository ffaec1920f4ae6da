/**
 * The declarative description of one CORS library: where its configuration lives and what each
 * option value makes the browser receive. Facts come from each library's shipped source (each
 * table's comment names the versions it describes); the analysis reads them, it never special-cases a library.
 */
export interface FrameworkTable {
  /** The name users know, used in messages (`@koa/cors`, `NestJS (cors)`). */
  readonly library: string;
  /** Every way a configuration of this library is written. */
  readonly sites: readonly ConfigSite[];
  /** Option names. */
  readonly options: {
    /** Keys that decide the allowed origin, in precedence order (middy: `getOrigin`, `origins`, `origin`). */
    readonly origin: readonly string[];
    readonly credentials?: string;
    /** A key that turns the whole middleware off when `false` (Adonis `enabled`). */
    readonly enabled?: string;
    /** Whether `'*'` with credentials is a startup error unless this key is true (restify `allowCredentialsAllOrigins`). */
    readonly starCredentialsOptIn?: string;
  };
  readonly defaults: {
    /** What an absent origin option answers. */
    readonly origin: DefaultOrigin;
    readonly credentials: boolean;
  };
  readonly origin: OriginSemantics;
  /** What `'*'` together with credentials makes the library send. */
  readonly starWithCredentials: StarWithCredentials;
  /** Whether the library adds `Vary: Origin` when its answer depends on the request. */
  readonly vary: 'adds' | 'never';
  /** How the codemod writes an exact allowlist in this library's own terms. */
  readonly allowlistForm: AllowlistForm;
  /** The option key the allowlist is written under, when not `options.origin[0]` (middy, restify: `origins`). */
  readonly allowlistKey?: string;
  /** A short note on versions whose behaviour differs, appended to messages where it matters. */
  readonly versionNote?: string;
}

/** `wildcard`: `*`; `reflect`: the request Origin; `none`: no Allow-Origin at all. */
export type DefaultOrigin = 'wildcard' | 'reflect' | 'none';

/**
 * `sends-both`: `*` and `Allow-Credentials: true` (browsers reject credentialed requests);
 * `reflects`: the library swaps `*` for the request Origin, so every origin gets credentialed access;
 * `drops-credentials`: `*` is sent without credentials on actual requests.
 */
export type StarWithCredentials = 'sends-both' | 'reflects' | 'drops-credentials';

export interface OriginSemantics {
  /**
   * `origin: true`: reflect the request Origin, answer `*`, or send the text `true` (invalid);
   * absent when the library's types reject it (it fails at startup or on the first request).
   */
  readonly true?: 'reflect' | 'wildcard' | 'invalid';
  /** `origin: '*'` alone. */
  readonly star: 'wildcard' | 'reflect';
  /**
   * A string other than `*`: `fixed` is sent as is whatever the request; `exact-match` is sent only
   * to that origin; `comma-list` is split on commas into an exact list (Adonis).
   */
  readonly string: 'fixed' | 'exact-match' | 'comma-list';
  /** Strings without a scheme compare the host only (Elysia), so they are not invalid. */
  readonly bareHosts?: boolean;
  /** Strings with a meaning of their own (hapi `'ignore'` answers `*`). */
  readonly keywords?: Readonly<Record<string, 'wildcard'>>;
  /** Arrays of origins, or `undefined` when the library has none. */
  readonly array?: ArraySemantics;
  /** Whether a RegExp is tested against the request Origin (and the origin reflected on a match). */
  readonly regexp: boolean;
  /** Functions that decide per request. */
  readonly callback?: CallbackSemantics;
}

export interface ArraySemantics {
  /** `exact`: `===`; `glob`: entries with `*` become patterns (hapi, middy); `invalid`: sent as several headers. */
  readonly compare: 'exact' | 'glob' | 'invalid';
  /** A `'*'` entry: compared literally (never matches), answers `*`, or reflects every origin. */
  readonly star: 'never-matches' | 'wildcard' | 'reflect';
  /** What `[]` answers. */
  readonly empty: 'nothing' | 'reflect';
  /** Non-string entries are tested for truthiness (`cors`: `[true]` allows every origin). */
  readonly truthyEntries?: boolean;
  /** One entry is sent as a fixed value rather than matched (graphql-yoga). */
  readonly singleIsFixed?: boolean;
  /**
   * The answer to an origin that is not listed, when the library sends one (graphql-yoga: `null`;
   * oakCors: the text `false`, which no browser accepts).
   */
  readonly missAnswer?: 'null' | 'false';
  /** Versions that answer a miss differently. */
  readonly missNote?: string;
}

export interface CallbackSemantics {
  /** Index of the parameter holding the request origin, if the callback receives it. */
  readonly originParameter?: number;
  /** `callback`: answers through a node-style callback parameter; `return`: through its return value. */
  readonly answersBy: 'callback' | 'return';
  /** Index of the node-style callback parameter (`(origin, cb)`). */
  readonly callbackParameter?: number;
  /** Whether a returned Promise is awaited (an `async` callback answers by resolving). */
  readonly awaitsReturn: boolean;
  /**
   * What the answer means: `origin-option` is evaluated like the `origin` option (`true` reflects);
   * `allow-origin` is the header value itself; `boolean` allows (reflects) when true.
   */
  readonly answer: 'origin-option' | 'allow-origin' | 'boolean';
}

/** How the codemod writes the allowlist: each form names one rewrite in codemods/transforms/allowlist-cors-options.ts. */
export type AllowlistForm =
  /** `origin: [...allowedOrigins]`: the library matches array entries exactly. */
  | 'array'
  /** `origin: (origin) => (allowedOrigins.has(origin) ? origin : null)` (hono). */
  | 'return-origin'
  /** `origin: (ctx) => { const origin = ctx.get('Origin'); return allowedOrigins.has(origin) ? origin : '' }` (Koa family). */
  | 'koa-context'
  /** `cors: (request) => (allowed ? { ...options, origin } : false)` (graphql-yoga). */
  | 'yoga-factory'
  /** The library cannot express a list (micro-cors sends one fixed string): left for manual review. */
  | 'none';

/** Where a configuration is written. */
export type ConfigSite = ModuleCallSite | PluginRegisterSite | MethodCallSite | NextHeadersSite;

/** An export of a module: `[]` is the module itself (`require('cors')`, `import * as cors`), `['default']`, `['cors']`. */
export interface ModuleExport {
  readonly module: string;
  readonly path: readonly string[];
}

/** Where the CORS options sit among a call's arguments. */
export interface OptionsLocation {
  /** Argument index, or `'last'` for the last argument (`NestFactory.create(M, adapter?, opts)`). */
  readonly argument: number | 'last';
  /**
   * Property paths from the argument to the CORS options, tried in order: `[]` when the argument
   * is the options, `['cors']` for `createYoga({ cors })`, `['routes', 'cors']` for hapi.
   */
  readonly paths: readonly (readonly string[])[];
  /**
   * What it means when the options (or the path to them) are absent; `true` there means the same,
   * except that a disabled-when-absent site enables the defaults (`NestFactory.create(M, { cors: true })`).
   * `wildcard`: CORS on with `*` whatever the library defaults are (apollo-server-koa).
   */
  readonly whenAbsent: 'defaults' | 'disabled' | 'wildcard';
  /** An array argument holds several configurations (hapi `server.route([...])`). */
  readonly arrayOfConfigs?: boolean;
}

/** Module-prefix conditions on the file: `requires` one import among these, `excludes` all of these. */
export interface ImportGate {
  readonly requires?: readonly string[];
  readonly excludes?: readonly string[];
}

/** A call or `new` of a module export: `cors(opts)`, `new Server(http, { cors })`, `NestFactory.create(M, { cors })`. */
export interface ModuleCallSite {
  readonly kind: 'call' | 'construct';
  readonly exports: readonly ModuleExport[];
  readonly options: OptionsLocation;
  readonly gate?: ImportGate;
}

/** `fastify.register(plugin, opts)` where `plugin` is the module (an import, `require` or `import()`). */
export interface PluginRegisterSite {
  readonly kind: 'register';
  readonly method: string;
  readonly exports: readonly ModuleExport[];
  readonly options: OptionsLocation;
}

/** `x.enableCors(opts)` on any receiver, in files that import one of `gate.requires`. */
export interface MethodCallSite {
  readonly kind: 'method';
  readonly methods: readonly string[];
  readonly options: OptionsLocation;
  readonly gate: ImportGate & { readonly requires: readonly string[] };
}

/** Next.js `headers()` route entries in next.config.*; read from the header writes, not from calls. */
export interface NextHeadersSite {
  readonly kind: 'next-headers';
}
