const allowed = new Set(['https://app.example.com']);

export async function GET(request: Request): Promise<Response> {
  const origin = request.headers.get('origin');
  const headers = new Headers({ 'Content-Type': 'application/json' });
  if (origin !== null && allowed.has(origin)) headers.set('Access-Control-Allow-Origin', origin);
  return new Response('{}', { headers });
}
