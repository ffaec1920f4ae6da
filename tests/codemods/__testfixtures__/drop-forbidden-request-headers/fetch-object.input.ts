// Headers a browser drops are removed; the rest of each call stays as it was.
export async function loadProfile(token: string): Promise<unknown> {
  const response = await fetch('/api/profile', {
    method: 'GET',
    credentials: 'include',
    headers: {
      Authorization: `Bearer ${token}`,
      Origin: window.location.origin, // the API checks this
      'Content-Type': 'application/json',
      Cookie: document.cookie,
    },
  });
  return response.json();
}

export function ping(): Promise<Response> {
  // Only forbidden headers: the whole `headers` property goes.
  return fetch('/api/ping', { method: 'HEAD', headers: { Host: 'api.example.com', Referer: location.href } });
}

export function track(): Promise<Response> {
  return fetch('/api/track', { headers: { 'X-Client': 'web', DNT: '1', 'X-HTTP-Method-Override': 'TRACE' } });
}
