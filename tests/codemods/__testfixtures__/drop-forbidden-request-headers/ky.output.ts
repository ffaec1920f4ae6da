import ky from 'ky';

export const api = ky.create({
  prefixUrl: '/api',
  credentials: 'include',
  hooks: {
    beforeRequest: [
      (request) => {
        request.headers.set('X-Client', 'web');
      },
    ],
  },
});

export function items() {
  return api.get('items', { headers: { Accept: 'application/json' } }).json();
}
