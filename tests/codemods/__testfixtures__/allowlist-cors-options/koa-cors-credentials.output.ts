import Koa from 'koa';
import cors from '@koa/cors';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

const app = new Koa();

// @koa/cors turns its default `*` into the request origin when credentials are on.
app.use(cors({ credentials: true, origin: (ctx) => (allowedOrigins.has(ctx.get('Origin')) ? ctx.get('Origin') : '') }));

app.use((ctx) => {
  ctx.body = { user: 'alice' };
});

app.listen(3000);
