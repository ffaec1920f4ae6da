const Hapi = require('@hapi/hapi');

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

const server = Hapi.server({ port: 3000, routes: { cors: { origin: [...allowedOrigins] } } });

server.route({
  method: 'GET',
  path: '/me',
  options: { cors: { origin: [...allowedOrigins], credentials: true } },
  handler: () => ({ user: 'alice' }),
});
