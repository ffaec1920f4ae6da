import { ofetch } from 'ofetch';

export const api = ofetch.create({
  baseURL: '/api',
  headers: { Origin: 'https://app.example.com', 'X-Client': 'web' },
  onRequest({ options }) {
    options.headers.set('Cookie', document.cookie);
  },
});

export function profile() {
  return $fetch('/api/profile', { headers: { Host: 'api.example.com' } });
}
