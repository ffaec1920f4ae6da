export default {
  async fetch(request, env, ctx) {
    const origin = request.headers.get('Origin');
    return new Response('ok', {
      headers: { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' },
    });
  },
};
