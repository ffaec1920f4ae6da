import Koa from 'koa';
import cors from '@koa/cors';

const app = new Koa();

// @koa/cors turns its default `*` into the request origin when credentials are on.
app.use(cors({ credentials: true }));

app.use((ctx) => {
  ctx.body = { user: 'alice' };
});

app.listen(3000);
