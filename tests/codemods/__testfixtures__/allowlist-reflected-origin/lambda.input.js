export const handler = async (event) => {
  const origin = event.headers?.origin ?? event.headers?.Origin;
  return {
    statusCode: 200,
    headers: {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Credentials': true,
      Vary: 'Origin',
    },
    body: JSON.stringify({ ok: true }),
  };
};

export const legacy = async (event) => ({
  statusCode: 200,
  multiValueHeaders: { 'Access-Control-Allow-Origin': [event.multiValueHeaders.Origin[0]] },
  body: '',
});
