import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

/**
 * A loopback API for the `no-cors` and request-header proofs. It allows exactly one page origin,
 * records what each request carried, and answers:
 * - `GET /data`: JSON data, with Allow-Origin for the page (a CORS read gets it; an opaque one cannot);
 * - `GET /echo`: the request headers it received, as JSON; its preflight allows `Authorization`
 *   and `X-Api-Key`, so a CORS request may send them;
 * - `GET /items`: JSON items; its preflight allows the page's origin and `GET`, and no request
 *   header, like most APIs that only ever expected simple requests.
 */
export interface NoCorsApi {
  readonly origin: string;
  /** Every request received, in order: method, path and headers. */
  readonly received: readonly ReceivedRequest[];
  close(): Promise<void>;
}

export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
}

export const DATA = { message: 'hello from the API', items: [1, 2, 3] };

export function startNoCorsApi(allowedOrigin: string): Promise<NoCorsApi> {
  const received: ReceivedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    received.push({ method: req.method ?? '', path, headers: req.headers });
    res.setHeader('Vary', 'Origin');
    if (req.headers.origin === allowedOrigin) res.setHeader('Access-Control-Allow-Origin', allowedOrigin);
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET');
      if (path === '/echo') res.setHeader('Access-Control-Allow-Headers', 'Authorization, X-Api-Key');
      res.writeHead(204).end();
      return;
    }
    const body = path === '/echo' ? req.headers : path === '/data' || path === '/items' ? DATA : undefined;
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body ?? { error: 'not found' }));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') return reject(new Error('no port'));
      resolve({
        origin: `http://127.0.0.1:${address.port}`,
        received,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
