import { defineEventHandler, getRequestHeader, setResponseHeader, appendResponseHeader } from 'h3';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

// A Nitro route that echoes whichever origin asks.
export default defineEventHandler((event) => {
  const origin = getRequestHeader(event, 'origin');
  appendResponseHeader(event, 'Vary', 'Origin');
  if (allowedOrigins.has(origin ?? '')) setResponseHeader(event, 'Access-Control-Allow-Origin', origin!);
  setResponseHeader(event, 'Access-Control-Allow-Credentials', 'true');
  return { ok: true };
});
