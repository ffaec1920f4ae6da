import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import koaCors from '@koa/cors';
import Koa from 'koa';
import type { FrameworkTable } from '../../../src/frameworks';
import { kcorsTable, koa2CorsTable, koaCorsTable } from '../../../src/frameworks/koa-cors';
import type { LibraryDriver } from '../driver';
import { installedVersion, serverTarget } from '../node-server-target';

const require = createRequire(import.meta.url);

type KoaCorsFactory = (options?: Readonly<Record<string, unknown>>) => Koa.Middleware;

/** `app.use(cors(opts))` on Koa, in front of a handler that answers `ok`. */
function koaDriver(table: FrameworkTable, name: string, cors: KoaCorsFactory): LibraryDriver {
  return {
    table,
    version: installedVersion(name),
    start(options) {
      const app = new Koa();
      app.use(options === undefined ? cors() : cors(options));
      app.use((ctx) => {
        ctx.body = 'ok';
      });
      return serverTarget(createServer(app.callback()));
    },
  };
}

/** `@koa/cors` v5 and its predecessors `kcors` 2 and `koa2-cors` 2, each on Koa. */
export default [
  koaDriver(koaCorsTable, '@koa/cors', koaCors as KoaCorsFactory),
  koaDriver(kcorsTable, 'kcors', require('kcors') as KoaCorsFactory),
  koaDriver(koa2CorsTable, 'koa2-cors', require('koa2-cors') as KoaCorsFactory),
];
