/**
 * Dependencies that tell where a package's code runs. A name matches an entry exactly, or any
 * package of a scope written as `@scope/`.
 */

/** Server frameworks and libraries that only run on a server (read from `dependencies` / `peerDependencies`). */
export const SERVER_PACKAGES: readonly string[] = [
  'express',
  'koa',
  '@koa/',
  'fastify',
  '@fastify/',
  '@nestjs/',
  // Hono itself also ships the browser client `hc`; its Node adapter does not.
  '@hono/node-server',
  '@hapi/hapi',
  'restify',
  'polka',
  '@tinyhttp/app',
  'micro',
  'elysia',
  'nitropack',
  '@adonisjs/core',
  '@feathersjs/feathers',
  '@loopback/core',
  '@apollo/server',
  'apollo-server',
  'apollo-server-express',
  'graphql-yoga',
  'socket.io',
  '@remix-run/node',
  '@remix-run/express',
  'better-auth',
  'passport',
  // Databases and queues.
  'mongoose',
  'pg',
  'mysql2',
  'typeorm',
  'sequelize',
  '@prisma/client',
  'ioredis',
  'bullmq',
];

/** Front-end frameworks and libraries (read from every dependency kind). */
export const FRONTEND_PACKAGES: readonly string[] = [
  'react-dom',
  'vue',
  '@angular/core',
  'svelte',
  'solid-js',
  'preact',
  'lit',
  'jquery',
  'alpinejs',
  'ember-source',
];

/**
 * Full-stack frameworks: their components also render on the server (React Server Components,
 * SSR loaders), so a package using one says nothing about a file, except where the framework
 * decides alone (Next.js route handlers).
 */
export const FULL_STACK_FRAMEWORKS: readonly string[] = [
  'next',
  'nuxt',
  '@remix-run/react',
  '@react-router/dev',
  '@sveltejs/kit',
  'astro',
  '@solidjs/start',
  '@tanstack/react-start',
  '@analogjs/platform',
  '@angular/ssr',
];

/** Front-end build tools (every dependency kind): evidence for the browser only without server packages. */
export const FRONTEND_BUILD_TOOLS: readonly string[] = ['vite', '@vitejs/', 'webpack', 'parcel', '@parcel/', 'react-scripts', '@rsbuild/core', '@angular/cli'];

export const matchesPackage = (entries: readonly string[], name: string): boolean =>
  entries.some((entry) => (entry.endsWith('/') ? name.startsWith(entry) : name === entry));

export const firstMatch = (entries: readonly string[], names: ReadonlySet<string>): string | undefined => {
  for (const name of names) if (matchesPackage(entries, name)) return name;
  return undefined;
};

/** Next.js files that only run on the server: route handlers, API routes, middleware. */
export const NEXT_SERVER_FILE = /(?:^|\/)(?:app\/(?:.*\/)?route|pages\/api\/.*|middleware)\.[cm]?[jt]sx?$/u;
