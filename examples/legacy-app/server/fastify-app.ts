import Fastify from 'fastify';
import fastifyCors from '@fastify/cors';

const server = Fastify();

await server.register(fastifyCors, {
  origin: true,
  credentials: true,
  maxAge: 86400,
});

server.get('/api/orders', async () => ({ orders: [] }));

await server.listen({ port: 3002 });
