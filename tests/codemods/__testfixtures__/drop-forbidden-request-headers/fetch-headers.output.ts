export function buildRequest(token: string): Request {
  const headers = new Headers({ Accept: 'application/json' });
  headers.set('Authorization', `Bearer ${token}`);
  return new Request('/api/data', { headers, cache: 'no-store' });
}

export function pairs(): Promise<Response> {
  return fetch('/api/pairs', {
    headers: [
      ['X-Requested-With', 'fetch'],
    ],
  });
}

export function onlyPairs(): Promise<Response> {
  return fetch('/api/pairs', {});
}
