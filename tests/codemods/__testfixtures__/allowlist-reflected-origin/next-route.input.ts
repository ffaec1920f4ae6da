import { NextResponse, type NextRequest } from 'next/server';

export async function GET(request: NextRequest) {
  const origin = request.headers.get('origin') ?? '';
  return NextResponse.json(
    { ok: true },
    {
      headers: {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Credentials': 'true',
        Vary: 'Origin',
      },
    },
  );
}

export async function OPTIONS(request: Request) {
  const headers = new Headers({ Vary: 'Origin' });
  headers.set('Access-Control-Allow-Origin', request.headers.get('origin') ?? '');
  return new Response(null, { status: 204, headers });
}
