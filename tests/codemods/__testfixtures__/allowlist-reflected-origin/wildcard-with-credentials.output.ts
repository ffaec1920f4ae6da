import type { IncomingMessage, ServerResponse } from 'node:http';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

// `*` with credentials is refused by browsers; echo an allowed origin instead.
export function cors(req: IncomingMessage, res: ServerResponse) {
  if (allowedOrigins.has(req.headers.origin ?? '')) res.setHeader('Access-Control-Allow-Origin', req.headers.origin!);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin');
}
