import Fastify from 'fastify';

const fastify = Fastify();

fastify.addHook('onRequest', async (request, reply) => {
  reply.header('Access-Control-Allow-Origin', request.headers.origin);
  reply.header('Vary', 'Origin');
});

fastify.get('/data', async (request, reply) => {
  reply.headers({
    'Access-Control-Allow-Origin': request.headers.origin,
    'Access-Control-Allow-Credentials': 'true',
  });
  return { ok: true };
});

export default fastify;
