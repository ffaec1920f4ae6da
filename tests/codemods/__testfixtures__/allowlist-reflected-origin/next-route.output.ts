import { NextResponse, type NextRequest } from 'next/server';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

export async function GET(request: NextRequest) {
  const origin = request.headers.get('origin') ?? '';
  return NextResponse.json(
    { ok: true },
    {
      headers: {
        ...(allowedOrigins.has(origin ?? '') ? { 'Access-Control-Allow-Origin': origin } : {}),
        'Access-Control-Allow-Credentials': 'true',
        Vary: 'Origin',
      },
    },
  );
}

export async function OPTIONS(request: Request) {
  const headers = new Headers({ Vary: 'Origin' });
  if (allowedOrigins.has(request.headers.get('origin') ?? '')) headers.set('Access-Control-Allow-Origin', request.headers.get('origin')!);
  return new Response(null, { status: 204, headers });
}
