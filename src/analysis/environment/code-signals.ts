import { builtinModules } from 'node:module';

/**
 * Modules that only run on a server: frameworks, server-side HTTP clients, and Next's server
 * entry points. A specifier matches an entry or any subpath of it (`@nestjs/core`, `hono/cors`).
 */
export const SERVER_MODULES: readonly string[] = [
  // Frameworks and their plugins.
  'express',
  'koa',
  '@koa',
  'fastify',
  '@fastify',
  'hono',
  '@hono/node-server',
  '@nestjs',
  'restify',
  '@hapi',
  'h3',
  'nitropack',
  'elysia',
  'micro',
  'polka',
  '@tinyhttp',
  '@apollo/server',
  'apollo-server',
  'apollo-server-express',
  'graphql-yoga',
  'socket.io',
  'cors',
  '@remix-run/node',
  'next/server',
  'next/headers',
  // Server-side HTTP clients, which send every header they are given.
  'undici',
  'node-fetch',
  'got',
];

/** Subpaths of server modules that are browser code (`hc` from `hono/client`). */
export const BROWSER_SUBPATHS: readonly string[] = ['hono/client', 'hono/jsx/dom'];

/**
 * Bare built-in names that are also the names of browser polyfill packages
 * (`buffer`, `events`, `process`, ...): front-end code imports those too, so only the `node:`
 * form counts as server evidence for them.
 */
const POLYFILLED_BUILTINS: ReadonlySet<string> = new Set([
  'assert',
  'buffer',
  'events',
  'process',
  'punycode',
  'querystring',
  'string_decoder',
  'url',
  'util',
]);

const NODE_BUILTINS: ReadonlySet<string> = new Set(builtinModules.filter((name) => !POLYFILLED_BUILTINS.has(name)));

/** Whether a module specifier only exists on a server. */
export function isServerModule(specifier: string): boolean {
  if (specifier.startsWith('node:')) return true;
  if (NODE_BUILTINS.has(specifier.split('/')[0]!)) return true;
  if (BROWSER_SUBPATHS.some((path) => specifier === path || specifier.startsWith(`${path}/`))) return false;
  return SERVER_MODULES.some((name) => specifier === name || specifier.startsWith(`${name}/`));
}

/** Marker modules and directives by which authors (and Next, Remix, Nuxt) declare where code runs. */
export const DECLARED_SERVER_MODULES: ReadonlySet<string> = new Set(['server-only']);
export const DECLARED_BROWSER_MODULES: ReadonlySet<string> = new Set(['client-only']);
export const SERVER_DIRECTIVE = 'use server';
export const CLIENT_DIRECTIVE = 'use client';

/** `*.server.ts` (Remix, SvelteKit, Qwik) and `*.client.ts` (Remix, Nuxt) file names. */
export const SERVER_FILE = /\.server\.[cm]?[jt]sx?$/u;
export const CLIENT_FILE = /\.client\.[cm]?[jt]sx?$/u;

/**
 * Auto-imported helpers of Nuxt's server routes (Nitro/h3): a file calling them without an import
 * is a server handler. Directory names are not used: a whole checkout may live under `server/`.
 */
export const SERVER_AUTO_IMPORTS: ReadonlySet<string> = new Set([
  'defineEventHandler',
  'eventHandler',
  'defineCachedEventHandler',
  'defineNitroPlugin',
]);

/**
 * Globals only a browser (or a browser-like renderer such as Electron's) has. Node has no `location`;
 * it has had `navigator` since version 21, so that one tells nothing.
 */
export const BROWSER_GLOBALS: ReadonlySet<string> = new Set(['window', 'document', 'location', 'XMLHttpRequest', 'localStorage', 'sessionStorage']);

/** Modules that only run in a browser: DOM renderers and DOM libraries. */
export const BROWSER_MODULES: readonly string[] = ['react-dom', 'jquery', '@angular/platform-browser', 'vue-router', 'svelte/store'];

/** Whether a module specifier only runs in a browser (an entry or a subpath: `react-dom/client`). */
export const isBrowserModule = (specifier: string): boolean =>
  BROWSER_MODULES.some((name) => specifier === name || specifier.startsWith(`${name}/`)) ||
  BROWSER_SUBPATHS.some((path) => specifier === path || specifier.startsWith(`${path}/`));
