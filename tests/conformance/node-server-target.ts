import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ConformanceRequest, ConformanceTarget, ReceivedCors } from './driver';

/** The version in an installed package's own package.json (found from the project root). */
export function installedVersion(name: string): string {
  const manifest = new URL(`../../node_modules/${name}/package.json`, import.meta.url);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** Sends conformance requests over loopback to a listening Node server, and closes it. */
export async function serverTarget(server: Server): Promise<ConformanceTarget> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    send: (request) => sendTo(`http://127.0.0.1:${port}/`, request),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** One simple GET or preflight; Node's fetch sends `Origin` as given. */
export async function sendTo(url: string, { origin, preflight }: ConformanceRequest): Promise<ReceivedCors> {
  const headers: Record<string, string> = {};
  if (origin !== undefined) headers.origin = origin;
  if (preflight) headers['access-control-request-method'] = 'PUT';
  const response = await fetch(url, { method: preflight ? 'OPTIONS' : 'GET', headers });
  await response.arrayBuffer();
  return {
    allowOrigin: response.headers.get('access-control-allow-origin'),
    allowCredentials: response.headers.get('access-control-allow-credentials'),
    vary: response.headers.get('vary'),
  };
}

/** Reads the CORS headers from a plain header record (Lambda responses), whatever their case. */
export function corsFromRecord(headers: Readonly<Record<string, unknown>> | undefined): ReceivedCors {
  const get = (name: string) => {
    const values = Object.entries(headers ?? {}).flatMap(([key, value]) => (key.toLowerCase() === name && value !== undefined ? [String(value)] : []));
    return values.length > 0 ? values.join(', ') : null;
  };
  return { allowOrigin: get('access-control-allow-origin'), allowCredentials: get('access-control-allow-credentials'), vary: get('vary') };
}
