const allowedOrigins = new Set(['https://app.example.com']);

app.use(async (ctx, next) => {
  ctx.response.headers.append('Vary', 'Origin');
  const origin = ctx.request.headers.get('origin');
  if (origin && allowedOrigins.has(origin)) ctx.response.headers.set('Access-Control-Allow-Origin', origin);
  await next();
});
