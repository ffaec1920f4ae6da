import { ofetch } from 'ofetch';

// cors-codemod: review: browsers drop the forbidden request header Origin; remove it by hand: the call that sets it is part of a larger expression
export const api = ofetch.create({
  baseURL: '/api',
  onRequest: [(context) => context.options.headers.set('Origin', 'https://app.example.com')],
});
