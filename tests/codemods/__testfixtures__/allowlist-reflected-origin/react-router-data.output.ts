import { data, type LoaderFunctionArgs } from 'react-router';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

export async function loader({ request }: LoaderFunctionArgs) {
  const origin = request.headers.get('Origin') ?? '';
  return data(
    { ok: true },
    { headers: { ...(allowedOrigins.has(origin ?? '') ? { 'Access-Control-Allow-Origin': origin } : {}), 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' } },
  );
}
