import { defineEventHandler, getRequestHeader, setResponseHeader, appendResponseHeader } from 'h3';

const allowed = new Set(['https://app.example.com']);

// The allowlist is exact, but refused and Origin-less responses carry no Vary.
export default defineEventHandler((event) => {
  appendResponseHeader(event, 'Vary', 'Origin');
  const origin = getRequestHeader(event, 'origin');
  if (origin && allowed.has(origin)) setResponseHeader(event, 'Access-Control-Allow-Origin', origin);
  return { ok: true };
});
