import http from 'node:http';
import appendVary from 'vary';

const allowed = new Set(['https://app.example.com']);

export const server = http.createServer(function handle(req, res) {
  appendVary(res, 'Origin');
  const origin = req.headers.origin;
  if (allowed.has(origin)) {
    res.writeHead(200, { 'Access-Control-Allow-Origin': origin });
  }
  res.end();
});
