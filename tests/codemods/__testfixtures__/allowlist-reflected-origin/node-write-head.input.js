const http = require('http');

function preflight(req, res) {
  res.writeHead(204, ['Access-Control-Allow-Origin', req.headers.origin, 'Access-Control-Allow-Methods', 'GET']);
  res.end();
}

function data(req, res) {
  const { origin } = req.headers;
  res.writeHead(200, [
    ['Access-Control-Allow-Origin', origin],
    ['Vary', 'Origin'],
  ]);
  res.end('{}');
}

http.createServer((req, res) => (req.method === 'OPTIONS' ? preflight(req, res) : data(req, res))).listen(3000);
