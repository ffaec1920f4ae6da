const allowed = new Set(['https://app.example.com']);

server.route({
  method: 'GET',
  path: '/data',
  handler(request, h) {
    const origin = request.headers.origin;
    // cors-codemod: review: append `Vary: Origin` to every response of this handler
    return h.response({ ok: true }).header('Access-Control-Allow-Origin', allowed.has(origin) ? origin : '');
  },
});
