import { ofetch } from 'ofetch';

export const api = ofetch.create({
  baseURL: '/api',
  onRequest: [(context) => context.options.headers.set('Origin', 'https://app.example.com')],
});
