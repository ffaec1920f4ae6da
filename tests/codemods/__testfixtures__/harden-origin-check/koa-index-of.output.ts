import Koa from 'koa';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

const app = new Koa();

app.use(async (ctx, next) => {
  ctx.vary('Origin');
  const origin = ctx.get('Origin');
  if (!allowedOrigins.has(origin)) {
    return await next();
  }
  ctx.set('Access-Control-Allow-Origin', origin);
  ctx.set('Access-Control-Allow-Credentials', 'true');
  await next();
});

export default app;
