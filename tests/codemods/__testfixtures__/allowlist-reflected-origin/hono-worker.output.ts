import { Hono } from 'hono';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

const app = new Hono();

app.get('/api/me', (c) => {
  if (allowedOrigins.has(c.req.header('origin') ?? '')) c.header('Access-Control-Allow-Origin', c.req.header('origin'));
  c.header('Access-Control-Allow-Credentials', 'true');
  c.header('Vary', 'Origin', { append: true });
  return c.json({ user: 'me' });
});

export default app;
