const http = require('node:http');

http
  .createServer((req, res) => {
    if (req.url.startsWith('/public')) {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Allow-Credentials', 'true');
    } else {
      res.setHeader('Access-Control-Allow-Origin', 'https://app.example.com, https://admin.example.com');
      res.setHeader('Access-Control-Max-Age', 'one day');
    }
    res.end('ok');
  })
  .listen(3004);
