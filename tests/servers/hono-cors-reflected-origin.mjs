// A Hono app on Node whose cors() origin callback returns the request's Origin as is: every site
// is allowed, and with credentials any site can read alice's data.
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { serve } from '@hono/node-server';
import legacyApp from './support/legacy-app.cjs';

const { HOST, createAccount, portFromCommandLine, announceListening } = legacyApp;
const account = createAccount('hono');
const app = new Hono();

app.use('/api/*', cors({ origin: (origin) => origin, credentials: true }));

app.get('/health', (c) => c.text('ok'));

app.get('/login', (c) => {
  c.header('Set-Cookie', account.login());
  return c.text('logged in as alice');
});

app.get('/api/me', (c) => {
  if (!account.isLoggedIn(c.req.header('Cookie'))) return c.json({ error: 'login required' }, 401);
  return c.json(account.profile());
});

app.put('/api/me', async (c) => {
  if (!account.isLoggedIn(c.req.header('Cookie'))) return c.json({ error: 'login required' }, 401);
  const renamed = account.rename(await c.req.json().catch(() => undefined));
  if (!renamed) return c.json({ error: 'expected { "displayName": string }' }, 400);
  return c.json(renamed);
});

app.notFound((c) => c.json({ error: 'not found' }, 404));

serve({ fetch: app.fetch, port: portFromCommandLine(), hostname: HOST }, (info) => {
  announceListening('hono', info.port);
});
