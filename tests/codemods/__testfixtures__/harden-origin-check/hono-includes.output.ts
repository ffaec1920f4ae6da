import { Hono } from 'hono';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

const app = new Hono();

app.use('/api/*', async (c, next) => {
  await next();
  const origin = c.req.header('origin') ?? '';
  c.header('Vary', 'Origin', { append: true });
  if (allowedOrigins.has(origin)) {
    c.header('Access-Control-Allow-Origin', origin);
  }
});

export default app;
