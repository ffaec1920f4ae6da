import { Application } from 'jsr:@oak/oak';

const app = new Application();

app.use(async (ctx, next) => {
  ctx.response.headers.set('Access-Control-Allow-Origin', ctx.request.headers.get('origin') ?? '*');
  ctx.response.headers.set('Access-Control-Allow-Credentials', 'true');
  ctx.response.headers.append('Vary', 'Origin');
  await next();
});

await app.listen({ port: 8000 });
