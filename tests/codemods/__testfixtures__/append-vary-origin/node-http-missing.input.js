const http = require('node:http');

const ALLOWED = ['https://app.example.com', 'https://admin.example.com'];

http
  .createServer((req, res) => {
    if (ALLOWED.includes(req.headers.origin)) {
      res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
    }
    res.end('ok');
  })
  .listen(3000);
