import { Elysia } from 'elysia';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

new Elysia()
  .onRequest(({ request, set }) => {
    if (allowedOrigins.has(request.headers.get('origin') ?? '')) set.headers['access-control-allow-origin'] = request.headers.get('origin')!;
    set.headers['vary'] = 'Origin';
  })
  .get('/', () => 'ok')
  .listen(3000);
