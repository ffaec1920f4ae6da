const corsMiddleware = require('restify-cors-middleware2');

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

const cors = corsMiddleware({ allowHeaders: ['Authorization'], origins: [...allowedOrigins] });

server.pre(cors.preflight);
server.use(cors.actual);
