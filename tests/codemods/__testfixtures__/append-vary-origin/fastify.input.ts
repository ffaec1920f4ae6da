import Fastify from 'fastify';

const allowed = new Set(['https://app.example.com']);
const app = Fastify();

app.get('/data', async (request, reply) => {
  const origin = request.headers.origin;
  if (origin !== undefined && allowed.has(origin)) {
    reply.header('Access-Control-Allow-Origin', origin);
  }
  return { ok: true };
});
