// A Koa app that only asked @koa/cors for credentials. Since @koa/cors 3.4.1 that turns the
// default `*` into an echo of the request's Origin, so any site can read alice's data.
import Koa from 'koa';
import cors from '@koa/cors';
import legacyApp from './support/legacy-app.cjs';

const { HOST, createAccount, portFromCommandLine, announceListening, readJsonBody } = legacyApp;
const account = createAccount('koa');
const app = new Koa();

app.use(cors({ credentials: true }));

app.use(async (ctx) => {
  if (ctx.method === 'GET' && ctx.path === '/health') {
    ctx.type = 'text';
    ctx.body = 'ok';
  } else if (ctx.method === 'GET' && ctx.path === '/login') {
    ctx.set('Set-Cookie', account.login());
    ctx.type = 'text';
    ctx.body = 'logged in as alice';
  } else if (ctx.path === '/api/me' && (ctx.method === 'GET' || ctx.method === 'PUT')) {
    if (!account.isLoggedIn(ctx.get('Cookie'))) {
      ctx.status = 401;
      ctx.body = { error: 'login required' };
    } else if (ctx.method === 'GET') {
      ctx.body = account.profile();
    } else {
      const renamed = account.rename(await readJsonBody(ctx.req));
      ctx.status = renamed ? 200 : 400;
      ctx.body = renamed ?? { error: 'expected { "displayName": string }' };
    }
  } else {
    ctx.status = 404;
    ctx.body = { error: 'not found' };
  }
});

const server = app.listen(portFromCommandLine(), HOST, () => {
  announceListening('koa', server.address().port);
});
