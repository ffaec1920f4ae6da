import { Hono } from 'hono';

const app = new Hono();

app.get('/api/me', (c) => {
  c.header('Access-Control-Allow-Origin', c.req.header('origin'));
  c.header('Access-Control-Allow-Credentials', 'true');
  c.header('Vary', 'Origin', { append: true });
  return c.json({ user: 'me' });
});

export default app;
