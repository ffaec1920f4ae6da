export const handler = async (event) => {
  const origin = event.headers.origin || event.headers.Origin;
  return {
    statusCode: 200,
    headers: {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Credentials': 'true',
    },
    body: JSON.stringify({ invoices: [] }),
  };
};
