// Headers a browser drops are removed; the rest of each call stays as it was.
export async function loadProfile(token: string): Promise<unknown> {
  const response = await fetch('/api/profile', {
    method: 'GET',
    credentials: 'include',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
    },
  });
  return response.json();
}

export function ping(): Promise<Response> {
  // Only forbidden headers: the whole `headers` property goes.
  return fetch('/api/ping', { method: 'HEAD' });
}

export function track(): Promise<Response> {
  return fetch('/api/track', { headers: { 'X-Client': 'web' } });
}
