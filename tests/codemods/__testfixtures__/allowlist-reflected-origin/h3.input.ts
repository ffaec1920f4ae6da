import { defineEventHandler, getRequestHeader, setResponseHeader, appendResponseHeader } from 'h3';

// A Nitro route that echoes whichever origin asks.
export default defineEventHandler((event) => {
  const origin = getRequestHeader(event, 'origin');
  appendResponseHeader(event, 'Vary', 'Origin');
  setResponseHeader(event, 'Access-Control-Allow-Origin', origin ?? '');
  setResponseHeader(event, 'Access-Control-Allow-Credentials', 'true');
  return { ok: true };
});
