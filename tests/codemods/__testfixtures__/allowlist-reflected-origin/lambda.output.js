// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

export const handler = async (event) => {
  const origin = event.headers?.origin ?? event.headers?.Origin;
  return {
    statusCode: 200,
    headers: {
      ...(allowedOrigins.has(origin ?? '') ? { 'Access-Control-Allow-Origin': origin } : {}),
      'Access-Control-Allow-Credentials': true,
      Vary: 'Origin',
    },
    body: JSON.stringify({ ok: true }),
  };
};

export const legacy = async (event) => ({
  statusCode: 200,
  multiValueHeaders: { ...(allowedOrigins.has(event.multiValueHeaders.Origin[0] ?? '') ? { 'Access-Control-Allow-Origin': [event.multiValueHeaders.Origin[0]] } : {}) },
  body: '',
});
