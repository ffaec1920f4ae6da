const allowedOrigins = new Set(['https://app.example.com']);

export async function GET({ request, setHeaders }) {
  const origin = request.headers.get('origin') ?? '';
  if (allowedOrigins.has(origin)) setHeaders({ 'Access-Control-Allow-Origin': origin });
  return new Response('ok');
}
