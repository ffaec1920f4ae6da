// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

export default {
  async fetch(request, env, ctx) {
    const origin = request.headers.get('Origin');
    return new Response('ok', {
      headers: { ...(allowedOrigins.has(origin ?? '') ? { 'Access-Control-Allow-Origin': origin } : {}), 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' },
    });
  },
};
