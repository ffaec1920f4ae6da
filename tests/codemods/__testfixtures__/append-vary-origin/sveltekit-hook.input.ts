import type { Handle } from '@sveltejs/kit';

const allowedOrigins = new Set(['https://app.example.com']);

export const handle: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  const origin = event.request.headers.get('origin');
  if (origin && allowedOrigins.has(origin)) response.headers.set('Access-Control-Allow-Origin', origin);
  return response;
};
