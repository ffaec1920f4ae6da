import type { Handle } from '@sveltejs/kit';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

export const handle: Handle = async ({ event, resolve }) => {
  const response = await resolve(event);
  const origin = event.request.headers.get('origin');
  if (origin) {
    if (allowedOrigins.has(origin ?? '')) response.headers.set('Access-Control-Allow-Origin', origin);
    response.headers.set('Access-Control-Allow-Credentials', 'true');
    response.headers.append('Vary', 'Origin');
  }
  return response;
};
