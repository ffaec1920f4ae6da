const Hapi = require('@hapi/hapi');

const server = Hapi.server({ port: 3000 });

server.route({
  method: 'GET',
  path: '/data',
  handler: (request, h) => h.response({ ok: true }).header('Access-Control-Allow-Origin', request.headers.origin),
});
