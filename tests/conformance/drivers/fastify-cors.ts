import { createRequire } from 'node:module';
import cors from '@fastify/cors';
import Fastify from 'fastify';
import { fastifyCorsLegacyTable, fastifyCorsTable } from '../../../src/frameworks/fastify-cors';
import type { ConformanceTarget, LibraryDriver } from '../driver';
import { installedVersion, sendTo } from '../node-server-target';

const require = createRequire(import.meta.url);

interface FastifyLike {
  register(plugin: unknown, options?: unknown): unknown;
  get(path: string, handler: () => string): unknown;
  listen(options: { port: number; host: string }): Promise<string>;
  close(): Promise<unknown>;
}

async function listening(app: FastifyLike): Promise<ConformanceTarget> {
  app.get('/', () => 'ok');
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { send: (request) => sendTo(`${url}/`, request), close: async () => void (await app.close()) };
}

/** `@fastify/cors` registered on Fastify 5. */
const current: LibraryDriver = {
  table: fastifyCorsTable,
  version: installedVersion('@fastify/cors'),
  async start(options) {
    const app = Fastify();
    await app.register(cors, options as never);
    return listening(app as unknown as FastifyLike);
  },
};

/** The old name `fastify-cors` (6.x), which needs Fastify 3. */
const legacy: LibraryDriver = {
  table: fastifyCorsLegacyTable,
  version: installedVersion('fastify-cors'),
  async start(options) {
    const app = (require('fastify-v3') as () => FastifyLike)();
    await app.register(require('fastify-cors'), options);
    return listening(app);
  },
};

export default [current, legacy];
