const allowed = new Set(['https://app.example.com']);

export function GET(request: Request): Response {
  const origin = request.headers.get('origin');
  const allowOrigin = origin !== null && allowed.has(origin) ? origin : '';
  return new Response('ok', {
    headers: [
      ['Content-Type', 'text/plain'],
      ['Access-Control-Allow-Origin', allowOrigin],
      ['Vary', 'Origin'],
    ],
  });
}
