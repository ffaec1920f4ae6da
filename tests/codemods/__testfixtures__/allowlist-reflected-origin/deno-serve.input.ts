Deno.serve((req) => {
  const headers = new Headers();
  headers.set('Access-Control-Allow-Origin', req.headers.get('origin') ?? '*');
  headers.set('Access-Control-Allow-Credentials', 'true');
  headers.append('Vary', 'Origin');
  return new Response('ok', { headers });
});
