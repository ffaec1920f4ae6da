import ky from 'ky';

export const api = ky.create({
  prefixUrl: '/api',
  credentials: 'include',
  headers: { Origin: 'https://app.example.com' },
  hooks: {
    beforeRequest: [
      (request) => {
        request.headers.set('X-Client', 'web');
        request.headers.set('Cookie', document.cookie);
      },
    ],
  },
});

export function items() {
  return api.get('items', { headers: { Accept: 'application/json', 'Accept-Charset': 'utf-8' } }).json();
}
