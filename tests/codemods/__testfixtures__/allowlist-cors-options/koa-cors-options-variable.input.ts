import Koa from 'koa';
import cors from '@koa/cors';

const corsOptions = {
  origin: (ctx: Koa.Context) => ctx.get('Origin'),
  credentials: true,
};

const app = new Koa();
app.use(cors(corsOptions));
app.listen(3000);
