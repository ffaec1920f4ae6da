import { Application } from 'jsr:@oak/oak';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

const app = new Application();

app.use(async (ctx, next) => {
  if (allowedOrigins.has(ctx.request.headers.get('origin') ?? '')) ctx.response.headers.set('Access-Control-Allow-Origin', ctx.request.headers.get('origin')!);
  ctx.response.headers.set('Access-Control-Allow-Credentials', 'true');
  ctx.response.headers.append('Vary', 'Origin');
  await next();
});

await app.listen({ port: 8000 });
