import type { IncomingMessage, ServerResponse } from 'node:http';

// A middleware class whose private helper receives the request Origin from its own methods.
export class CorsMiddleware {
  private setCors(res: ServerResponse, origin: string) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }

  handle(req: IncomingMessage, res: ServerResponse, next: () => void) {
    this.setCors(res, req.headers.origin ?? '');
    next();
  }
}
