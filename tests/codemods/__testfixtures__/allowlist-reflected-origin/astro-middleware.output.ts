import { defineMiddleware } from 'astro:middleware';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (allowedOrigins.has(context.request.headers.get('origin') ?? '')) response.headers.set('Access-Control-Allow-Origin', context.request.headers.get('origin')!);
  response.headers.append('Vary', 'Origin');
  return response;
});
