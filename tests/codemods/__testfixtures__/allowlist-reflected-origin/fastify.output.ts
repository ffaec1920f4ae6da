import Fastify from 'fastify';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

const fastify = Fastify();

fastify.addHook('onRequest', async (request, reply) => {
  if (allowedOrigins.has(request.headers.origin ?? '')) reply.header('Access-Control-Allow-Origin', request.headers.origin);
  reply.header('Vary', 'Origin');
});

fastify.get('/data', async (request, reply) => {
  reply.headers({
    ...(allowedOrigins.has(request.headers.origin ?? '') ? { 'Access-Control-Allow-Origin': request.headers.origin } : {}),
    'Access-Control-Allow-Credentials': 'true',
  });
  return { ok: true };
});

export default fastify;
