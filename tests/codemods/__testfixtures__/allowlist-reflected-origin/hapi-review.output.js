const Hapi = require('@hapi/hapi');

const server = Hapi.server({ port: 3000 });

// cors-codemod: review: Access-Control-Allow-Origin echoes the request Origin inside an expression that cannot be wrapped; write it only when the allowlist has the origin
server.route({
  method: 'GET',
  path: '/data',
  handler: (request, h) => h.response({ ok: true }).header('Access-Control-Allow-Origin', request.headers.origin),
});
