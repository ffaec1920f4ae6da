import type { IncomingMessage, ServerResponse } from 'node:http';

const allowed = new Set<string>([
  'https://app.example.com',
  'null',
]);

export function applyCors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  res.appendHeader('Vary', 'Origin');
  if (origin && allowed.has(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
}
