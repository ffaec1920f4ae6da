'use strict';
// A Node http API meant for *.example.com front ends. Its check is a bare suffix test, so
// `http://evilexample.com` or `https://attacker-example.com` pass too, and any such site can
// read alice's data with her cookie.
const http = require('node:http');
const { HOST, createAccount, portFromCommandLine, announceListening } = require('./support/legacy-app.cjs');

// Its front ends are on other sites, so the session cookie is SameSite=None; Secure.
const account = createAccount('suffix-check', 'crossSite');

function sendJson(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

const server = http.createServer((req, res) => {
  const origin = req.headers.origin;
  if (origin && origin.endsWith('example.com')) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }

  const path = new URL(req.url ?? '/', `http://${HOST}`).pathname;
  if (req.method === 'GET' && path === '/health') {
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('ok');
  } else if (req.method === 'GET' && path === '/login') {
    res.writeHead(200, { 'Set-Cookie': account.login(), 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('logged in as alice');
  } else if (req.method === 'GET' && path === '/api/me') {
    if (!account.isLoggedIn(req.headers.cookie)) return sendJson(res, 401, { error: 'login required' });
    sendJson(res, 200, account.profile());
  } else {
    sendJson(res, 404, { error: 'not found' });
  }
});

server.listen(portFromCommandLine(), HOST, () => {
  announceListening('suffix-check', server.address().port);
});
