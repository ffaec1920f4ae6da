import Koa from 'koa';
import cors from '@koa/cors';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

const corsOptions = {
  origin: (ctx: { get(field: string): string }) => (allowedOrigins.has(ctx.get('Origin')) ? ctx.get('Origin') : ''),
  credentials: true,
};

const app = new Koa();
app.use(cors(corsOptions));
app.listen(3000);
