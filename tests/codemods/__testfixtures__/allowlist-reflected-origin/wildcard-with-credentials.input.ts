import type { IncomingMessage, ServerResponse } from 'node:http';

// `*` with credentials is refused by browsers; echo an allowed origin instead.
export function cors(req: IncomingMessage, res: ServerResponse) {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin');
}
