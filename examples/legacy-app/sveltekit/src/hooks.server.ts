import type { Handle } from '@sveltejs/kit';

// The mobile site and the partner dashboard call /api with the visitor's session cookie.
export const handle: Handle = async ({ event, resolve }) => {
  if (!event.url.pathname.startsWith('/api')) return resolve(event);

  const origin = event.request.headers.get('origin');
  if (event.request.method === 'OPTIONS') {
    return new Response(null, {
      status: 204,
      headers: {
        'Access-Control-Allow-Origin': origin ?? '*',
        'Access-Control-Allow-Credentials': 'true',
        'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE',
        'Access-Control-Allow-Headers': 'Content-Type, Authorization',
      },
    });
  }

  const response = await resolve(event);
  if (origin) {
    response.headers.set('Access-Control-Allow-Origin', origin);
    response.headers.set('Access-Control-Allow-Credentials', 'true');
  }
  return response;
};
