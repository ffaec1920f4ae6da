import { ofetch } from 'ofetch';

export const api = ofetch.create({
  baseURL: '/api',
  headers: { 'X-Client': 'web' },
  onRequest({ options }) {
  },
});

export function profile() {
  return $fetch('/api/profile', {});
}
