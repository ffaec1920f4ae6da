// An h3 app (the server of Nuxt and Nitro) with a hand-written CORS handler: it reflects the
// request's Origin and allows credentials, so any site can read alice's data.
import { createServer } from 'node:http';
import {
  createApp,
  createRouter,
  defineEventHandler,
  getRequestHeader,
  readBody,
  setResponseHeader,
  setResponseHeaders,
  setResponseStatus,
  toNodeListener,
} from 'h3';
import legacyApp from './support/legacy-app.cjs';

const { HOST, createAccount, portFromCommandLine, announceListening } = legacyApp;
const account = createAccount('h3');
const app = createApp();

app.use(
  defineEventHandler((event) => {
    const origin = getRequestHeader(event, 'origin');
    if (origin) {
      setResponseHeader(event, 'Access-Control-Allow-Origin', origin);
      setResponseHeaders(event, {
        'Access-Control-Allow-Credentials': 'true',
        'Access-Control-Allow-Methods': 'GET,PUT',
        'Access-Control-Allow-Headers': 'Content-Type',
      });
    }
    if (event.method === 'OPTIONS') {
      setResponseStatus(event, 204);
      return '';
    }
  }),
);

const router = createRouter();
router.get('/health', defineEventHandler(() => 'ok'));
router.get(
  '/login',
  defineEventHandler((event) => {
    setResponseHeader(event, 'Set-Cookie', account.login());
    return 'logged in as alice';
  }),
);
router.get(
  '/api/me',
  defineEventHandler((event) => {
    if (!account.isLoggedIn(getRequestHeader(event, 'cookie'))) {
      setResponseStatus(event, 401);
      return { error: 'login required' };
    }
    return account.profile();
  }),
);
router.put(
  '/api/me',
  defineEventHandler(async (event) => {
    if (!account.isLoggedIn(getRequestHeader(event, 'cookie'))) {
      setResponseStatus(event, 401);
      return { error: 'login required' };
    }
    const renamed = account.rename(await readBody(event).catch(() => undefined));
    if (!renamed) {
      setResponseStatus(event, 400);
      return { error: 'expected { "displayName": string }' };
    }
    return renamed;
  }),
);
app.use(router);

const server = createServer(toNodeListener(app)).listen(portFromCommandLine(), HOST, () => {
  announceListening('h3', server.address().port);
});
