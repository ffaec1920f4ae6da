export function buildRequest(token: string): Request {
  const headers = new Headers({ Accept: 'application/json', 'Accept-Encoding': 'gzip' });
  headers.set('Authorization', `Bearer ${token}`);
  headers.set('Sec-Fetch-Site', 'same-origin');
  headers.append('Connection', 'keep-alive'); // browsers manage this
  return new Request('/api/data', { headers, cache: 'no-store' });
}

export function pairs(): Promise<Response> {
  return fetch('/api/pairs', {
    headers: [
      ['X-Requested-With', 'fetch'],
      ['Content-Length', '0'],
    ],
  });
}

export function onlyPairs(): Promise<Response> {
  return fetch('/api/pairs', { headers: [['Proxy-Authorization', 'Basic abc']] });
}
