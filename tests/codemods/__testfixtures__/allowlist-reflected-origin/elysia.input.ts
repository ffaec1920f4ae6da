import { Elysia } from 'elysia';

new Elysia()
  .onRequest(({ request, set }) => {
    set.headers['access-control-allow-origin'] = request.headers.get('origin') ?? '';
    set.headers['vary'] = 'Origin';
  })
  .get('/', () => 'ok')
  .listen(3000);
