import Koa from 'koa';

const app = new Koa();

app.use(async (ctx, next) => {
  ctx.vary('Origin');
  const origin = ctx.get('Origin');
  if (origin.indexOf('https://app.example.com') === -1) {
    return await next();
  }
  ctx.set('Access-Control-Allow-Origin', origin);
  ctx.set('Access-Control-Allow-Credentials', 'true');
  await next();
});

export default app;
