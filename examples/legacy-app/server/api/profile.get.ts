// A Nuxt server route (h3's utilities are auto-imported): it answers every origin with itself.
export default defineEventHandler(async (event) => {
  const origin = getRequestHeader(event, 'origin');
  setResponseHeader(event, 'Access-Control-Allow-Origin', origin ?? '*');
  setResponseHeader(event, 'Access-Control-Allow-Credentials', 'true');
  return { name: 'Alice', plan: 'pro' };
});
