import { Hono } from 'hono';

const allowed = new Set(['https://app.example.com']);
const app = new Hono();

app.use('*', async (c, next) => {
  c.header('Vary', 'Origin', { append: true });
  const origin = c.req.header('origin');
  if (origin && allowed.has(origin)) {
    c.header('Access-Control-Allow-Origin', origin);
  }
  await next();
});
