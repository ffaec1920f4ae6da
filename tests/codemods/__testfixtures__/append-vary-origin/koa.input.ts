import Koa from 'koa';

const allowed = new Set(['https://app.example.com']);
const app = new Koa();

app.use(async (ctx, next) => {
  const origin = ctx.get('Origin');
  if (allowed.has(origin)) ctx.set('Access-Control-Allow-Origin', origin);
  await next();
});
