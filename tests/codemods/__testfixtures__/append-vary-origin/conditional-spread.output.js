const allowedOrigins = new Set(['https://app.example.com']);

export const handler = async (event) => ({
  statusCode: 200,
  headers: {
    ...(allowedOrigins.has(event.headers.origin ?? '') ? { 'Access-Control-Allow-Origin': event.headers.origin } : {}),
    'Content-Type': 'application/json',
    Vary: 'Origin',
  },
  body: '{}',
});
