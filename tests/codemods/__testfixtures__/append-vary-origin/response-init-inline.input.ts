const allowed = ['https://app.example.com'];

export default {
  async fetch(request: Request): Promise<Response> {
    const origin = request.headers.get('Origin') ?? '';
    if (!allowed.includes(origin)) return new Response('forbidden', { status: 403 });
    return new Response('ok', { headers: { 'Access-Control-Allow-Origin': origin } });
  },
};
