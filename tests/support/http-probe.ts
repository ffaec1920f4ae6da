/** Requests from Node, which (unlike a browser) sends whatever Origin and Cookie we ask for. */

const REQUEST_TIMEOUT_MS = 10_000;

export interface ProbeRequest {
  readonly method?: 'GET' | 'PUT' | 'OPTIONS';
  readonly origin?: string;
  readonly cookie?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly json?: unknown;
}

export interface ProbeResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
}

export async function probe(base: string, path: string, request: ProbeRequest = {}): Promise<ProbeResponse> {
  const headers = new Headers(request.headers);
  if (request.origin !== undefined) headers.set('Origin', request.origin);
  if (request.cookie !== undefined) headers.set('Cookie', request.cookie);
  if (request.json !== undefined) headers.set('Content-Type', 'application/json');
  const response = await fetch(new URL(path, base), {
    method: request.method ?? 'GET',
    headers,
    body: request.json === undefined ? undefined : JSON.stringify(request.json),
    redirect: 'manual',
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** A CORS preflight for a credentialed `PUT` with a JSON body, as a browser sends it. */
export function preflightPut(base: string, path: string, origin: string): Promise<ProbeResponse> {
  return probe(base, path, {
    method: 'OPTIONS',
    origin,
    headers: { 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'content-type' },
  });
}

/** Logs alice in and returns the `name=value` pair to send back as Cookie. */
export async function login(base: string): Promise<string> {
  const response = await fetch(new URL('/login', base), { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  await response.text();
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith('session='));
  if (!session) throw new Error(`${base}/login set no session cookie (status ${response.status})`);
  return session.split(';')[0]!;
}

/** Comma-separated header values, trimmed and lower-cased (`Vary`, `Access-Control-Allow-Methods`). */
export function headerTokens(response: ProbeResponse, name: string): string[] {
  return (response.headers.get(name) ?? '')
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean);
}

/** The CORS-relevant part of a response, for readable failure messages. */
export function corsSummary(response: ProbeResponse): string {
  const names = ['access-control-allow-origin', 'access-control-allow-credentials', 'access-control-allow-methods', 'vary'];
  const shown = names.map((name) => `${name}: ${response.headers.get(name) ?? '(absent)'}`);
  return `status ${response.status}; ${shown.join('; ')}`;
}
