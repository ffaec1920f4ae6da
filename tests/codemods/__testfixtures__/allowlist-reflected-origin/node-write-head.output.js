const http = require('http');

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

function preflight(req, res) {
  res.writeHead(204, [...(allowedOrigins.has(req.headers.origin ?? '') ? ['Access-Control-Allow-Origin', req.headers.origin] : []), 'Access-Control-Allow-Methods', 'GET']);
  res.end();
}

function data(req, res) {
  const { origin } = req.headers;
  res.writeHead(200, [
    ...(allowedOrigins.has(origin ?? '') ? [['Access-Control-Allow-Origin', origin]] : []),
    ['Vary', 'Origin'],
  ]);
  res.end('{}');
}

http.createServer((req, res) => (req.method === 'OPTIONS' ? preflight(req, res) : data(req, res))).listen(3000);
