import { Hono } from 'hono';

const app = new Hono();

app.use('*', async (c, next) => {
  c.header('Access-Control-Allow-Origin', c.req.header('origin'));
  c.header('Vary', 'Origin', { append: true });
  await next();
});

app.get('/data', (c) => c.json({ ok: true }, 200, { 'Access-Control-Allow-Origin': c.req.header('Origin') ?? '' }));

export default app;
