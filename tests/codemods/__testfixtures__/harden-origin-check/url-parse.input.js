const url = require('url');
const http = require('http');

http
  .createServer((req, res) => {
    const origin = req.headers.origin;
    res.setHeader('Vary', 'Origin');
    if (origin && url.parse(origin).hostname === 'app.example.com') {
      res.setHeader('Access-Control-Allow-Origin', origin);
    }
    res.end('ok');
  })
  .listen(3000);
