/** A typed Fastify app with the CORS problems the codemod fixes; it must type-check before and after. */
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyCors from '@fastify/cors';

const app = Fastify();

void app.register(fastifyCors, { origin: true, credentials: true });

app.addHook('onSend', async (request: FastifyRequest, reply: FastifyReply) => {
  const origin = request.headers.origin;
  if (typeof origin === 'string') {
    reply.header('Access-Control-Allow-Origin', origin);
  }
});

app.get('/api/me', async (_request: FastifyRequest, reply: FastifyReply) => {
  return reply.header('Access-Control-Allow-Origin', '*').header('Access-Control-Allow-Credentials', 'true').send({ name: 'alice' });
});

export default app;
