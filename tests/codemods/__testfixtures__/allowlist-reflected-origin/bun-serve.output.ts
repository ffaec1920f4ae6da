// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

Bun.serve({
  port: 3000,
  fetch(req) {
    const origin = req.headers.get('origin') ?? '';
    return Response.json({ ok: true }, { headers: { ...(allowedOrigins.has(origin ?? '') ? { 'Access-Control-Allow-Origin': origin } : {}), Vary: 'Origin' } });
  },
});
