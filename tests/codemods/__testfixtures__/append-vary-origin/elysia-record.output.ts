import { Elysia } from 'elysia';

const allowed = new Set(['https://app.example.com']);

new Elysia().get('/', ({ request, set }) => {
  set.headers.vary = set.headers.vary ? `${set.headers.vary}, Origin` : 'Origin';
  const origin = request.headers.get('origin') ?? '';
  if (allowed.has(origin)) set.headers['access-control-allow-origin'] = origin;
  return 'ok';
});
