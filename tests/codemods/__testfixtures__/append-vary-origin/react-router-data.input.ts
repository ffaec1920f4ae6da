import { data } from 'react-router';

const allowedOrigins = new Set(['https://app.example.com']);

export async function loader({ request }) {
  const origin = request.headers.get('Origin') ?? '';
  return data({ ok: true }, { headers: allowedOrigins.has(origin) ? { 'Access-Control-Allow-Origin': origin } : {} });
}
