export async function POST(request: Request) {
  // Forward the browser's session cookie to the auth service.
  const upstream = await fetch(`${process.env.AUTH_URL}/session/refresh`, {
    method: 'POST',
    headers: { cookie: request.headers.get('cookie') ?? '', 'x-forwarded-host': request.headers.get('host') ?? '' },
  });
  return new Response(upstream.body, { status: upstream.status, headers: upstream.headers });
}
