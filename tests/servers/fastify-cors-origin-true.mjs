// A Fastify app registering @fastify/cors with `origin: true`: every Origin is echoed, and with
// credentials any site can read alice's data.
import Fastify from 'fastify';
import cors from '@fastify/cors';
import legacyApp from './support/legacy-app.cjs';

const { HOST, createAccount, portFromCommandLine, announceListening } = legacyApp;
const account = createAccount('fastify');
const app = Fastify();

await app.register(cors, { origin: true, credentials: true, methods: ['GET', 'PUT'] });

app.get('/health', async (request, reply) => {
  reply.type('text/plain; charset=utf-8');
  return 'ok';
});

app.get('/login', async (request, reply) => {
  reply.header('Set-Cookie', account.login()).type('text/plain; charset=utf-8');
  return 'logged in as alice';
});

app.get('/api/me', async (request, reply) => {
  if (!account.isLoggedIn(request.headers.cookie)) return reply.code(401).send({ error: 'login required' });
  return account.profile();
});

app.put('/api/me', async (request, reply) => {
  if (!account.isLoggedIn(request.headers.cookie)) return reply.code(401).send({ error: 'login required' });
  const renamed = account.rename(request.body);
  if (!renamed) return reply.code(400).send({ error: 'expected { "displayName": string }' });
  return renamed;
});

const address = await app.listen({ port: portFromCommandLine(), host: HOST });
announceListening('fastify', Number(new URL(address).port));
