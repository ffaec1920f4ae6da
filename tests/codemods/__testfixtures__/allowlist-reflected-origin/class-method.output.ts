import type { IncomingMessage, ServerResponse } from 'node:http';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

// A middleware class whose private helper receives the request Origin from its own methods.
export class CorsMiddleware {
  private setCors(res: ServerResponse, origin: string) {
    if (allowedOrigins.has(origin ?? '')) res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }

  handle(req: IncomingMessage, res: ServerResponse, next: () => void) {
    this.setCors(res, req.headers.origin ?? '');
    next();
  }
}
