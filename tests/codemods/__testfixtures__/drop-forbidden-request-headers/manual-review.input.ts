import { ofetch } from 'ofetch';

export const api = ofetch.create({
  onRequest: [(context) => context.options.headers.set('Origin', 'https://app.example.com')],
});
