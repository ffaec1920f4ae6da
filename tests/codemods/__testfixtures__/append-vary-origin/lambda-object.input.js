const ALLOWED = new Set(['https://app.example.com']);

export const handler = async (event) => {
  const origin = event.headers.origin ?? event.headers.Origin;
  return {
    statusCode: 200,
    headers: {
      'Content-Type': 'application/json',
      'Access-Control-Allow-Origin': ALLOWED.has(origin) ? origin : '',
    },
    body: '{}',
  };
};
