import { createServer, type Server } from 'node:http';

/** A loopback origin serving one blank HTML page, from which the browser runs the test's script. */
export interface PageOrigin {
  /** `http://127.0.0.1:<port>`: each port is its own origin, all of them the same site. */
  readonly origin: string;
  readonly port: number;
  close(): Promise<void>;
}

export function startPageServer(name: string): Promise<PageOrigin> {
  const html = `<!doctype html><meta charset="utf-8"><title>${name}</title><h1>${name}</h1>`;
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET') {
      res.writeHead(405).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(html);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') return reject(new Error('no port'));
      resolve({
        origin: `http://127.0.0.1:${address.port}`,
        port: address.port,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
