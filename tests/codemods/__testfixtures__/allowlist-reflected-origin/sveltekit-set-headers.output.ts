import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

export const GET: RequestHandler = async ({ request, setHeaders }) => {
  setHeaders({
    ...(allowedOrigins.has(request.headers.get('origin') ?? '') ? { 'Access-Control-Allow-Origin': request.headers.get('origin')! } : {}),
    'Access-Control-Allow-Credentials': 'true',
    Vary: 'Origin',
  });
  return json({ ok: true });
};
