import Fastify from 'fastify';
import cors from '@fastify/cors';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

const fastify = Fastify();

await fastify.register(cors, {
  origin: [...allowedOrigins],
  credentials: true,
  methods: ['GET', 'POST'],
});

fastify.get('/me', async () => ({ user: 'alice' }));
await fastify.listen({ port: 3000 });
