// Response headers set on a request are removed; the rest of each call stays as it was.
export async function loadItems(token: string): Promise<unknown> {
  const response = await fetch('https://api.example.com/items', {
    credentials: 'include',
    headers: {
      Authorization: `Bearer ${token}`,
    },
  });
  return response.json();
}

export function ping(): Promise<Response> {
  // Only CORS response headers: the whole `headers` property goes.
  return fetch('https://api.example.com/ping', {});
}

export function withPairs(): Promise<Response> {
  return fetch('https://api.example.com/pairs', { headers: [['X-Client', 'web']] });
}

// Page code: it renders into the document.
export function showStatus(text: string): void {
  document.title = text;
}
