import { defineMiddleware } from 'astro:middleware';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  response.headers.set('Access-Control-Allow-Origin', context.request.headers.get('origin') ?? '*');
  response.headers.append('Vary', 'Origin');
  return response;
});
