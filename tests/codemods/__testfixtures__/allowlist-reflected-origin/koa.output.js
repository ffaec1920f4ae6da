import Koa from 'koa';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

const app = new Koa();

app.use(async (ctx, next) => {
  const origin = ctx.get('Origin');
  if (allowedOrigins.has(origin ?? '')) ctx.set('Access-Control-Allow-Origin', origin);
  ctx.set('Access-Control-Allow-Credentials', 'true');
  ctx.vary('Origin');
  if (ctx.method === 'OPTIONS') { if (allowedOrigins.has(ctx.request.header.origin ?? '')) ctx.set('Access-Control-Allow-Origin', ctx.request.header.origin); }
  else await next();
});

app.listen(3000);
