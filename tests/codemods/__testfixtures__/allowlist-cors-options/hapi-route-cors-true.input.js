const Hapi = require('@hapi/hapi');

const server = Hapi.server({ port: 3000, routes: { cors: true } });

server.route({
  method: 'GET',
  path: '/me',
  options: { cors: { origin: ['*'], credentials: true } },
  handler: () => ({ user: 'alice' }),
});
