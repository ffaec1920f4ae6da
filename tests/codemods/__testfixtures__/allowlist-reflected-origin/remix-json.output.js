import { json } from '@remix-run/node';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

export async function action({ request }) {
  const headers = new Headers({ Vary: 'Origin' });
  if (allowedOrigins.has(request.headers.get('origin') ?? '')) headers.set('Access-Control-Allow-Origin', request.headers.get('origin'));
  return json({ ok: true }, { headers });
}
