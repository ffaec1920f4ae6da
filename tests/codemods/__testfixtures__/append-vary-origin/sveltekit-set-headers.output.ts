const allowedOrigins = new Set(['https://app.example.com']);

export async function GET({ request, setHeaders }) {
  const origin = request.headers.get('origin') ?? '';
  // cors-codemod: review: these headers go only to allowed origins; send `Vary: Origin` on every response
  if (allowedOrigins.has(origin)) setHeaders({ 'Access-Control-Allow-Origin': origin });
  return new Response('ok');
}
