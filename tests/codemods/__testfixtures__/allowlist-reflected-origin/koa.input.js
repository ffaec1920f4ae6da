import Koa from 'koa';

const app = new Koa();

app.use(async (ctx, next) => {
  const origin = ctx.get('Origin');
  ctx.set('Access-Control-Allow-Origin', origin || '*');
  ctx.set('Access-Control-Allow-Credentials', 'true');
  ctx.vary('Origin');
  if (ctx.method === 'OPTIONS') ctx.set('Access-Control-Allow-Origin', ctx.request.header.origin);
  else await next();
});

app.listen(3000);
