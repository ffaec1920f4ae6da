// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

Deno.serve((req) => {
  const headers = new Headers();
  if (allowedOrigins.has(req.headers.get('origin') ?? '')) headers.set('Access-Control-Allow-Origin', req.headers.get('origin')!);
  headers.set('Access-Control-Allow-Credentials', 'true');
  headers.append('Vary', 'Origin');
  return new Response('ok', { headers });
});
