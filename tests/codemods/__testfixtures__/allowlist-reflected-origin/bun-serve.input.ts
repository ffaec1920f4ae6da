Bun.serve({
  port: 3000,
  fetch(req) {
    const origin = req.headers.get('origin') ?? '';
    return Response.json({ ok: true }, { headers: { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } });
  },
});
