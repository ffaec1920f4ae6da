import { Hono } from 'hono';

const app = new Hono();

app.use('/api/*', async (c, next) => {
  await next();
  const origin = c.req.header('origin') ?? '';
  c.header('Vary', 'Origin', { append: true });
  if (origin.includes('app.example.com')) {
    c.header('Access-Control-Allow-Origin', origin);
  }
});

export default app;
