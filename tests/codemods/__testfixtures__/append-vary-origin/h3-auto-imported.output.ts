// A Nuxt server route: h3's utilities are auto-imported, so the Vary write needs no import either.
const allowed = new Set(['https://app.example.com']);

export default defineEventHandler((event) => {
  appendResponseHeader(event, 'Vary', 'Origin');
  const origin = getRequestHeader(event, 'origin');
  if (origin && allowed.has(origin)) {
    setResponseHeader(event, 'Access-Control-Allow-Origin', origin);
  }
  return { name: 'alice' };
});
