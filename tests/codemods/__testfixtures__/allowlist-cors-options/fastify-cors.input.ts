import Fastify from 'fastify';
import cors from '@fastify/cors';

const fastify = Fastify();

await fastify.register(cors, {
  origin: (origin, cb) => {
    cb(null, true);
  },
  credentials: true,
  methods: ['GET', 'POST'],
});

fastify.get('/me', async () => ({ user: 'alice' }));
await fastify.listen({ port: 3000 });
