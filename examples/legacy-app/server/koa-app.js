import Koa from 'koa';
import cors from '@koa/cors';

const app = new Koa();

// "credentials: true" was added when the SPA moved to cookie sessions.
app.use(cors({ credentials: true }));

app.use((ctx) => {
  ctx.body = { user: 'alice' };
});

app.listen(3001);
