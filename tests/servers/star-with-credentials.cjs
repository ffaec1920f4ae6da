'use strict';
// A Node http API that sends `Access-Control-Allow-Origin: *` together with
// `Access-Control-Allow-Credentials: true`. Browsers refuse that pair for credentialed requests,
// so even the app's own front end cannot read alice's data with her cookie.
const http = require('node:http');
const {
  HOST,
  createAccount,
  portFromCommandLine,
  announceListening,
  readJsonBody,
} = require('./support/legacy-app.cjs');

const account = createAccount('star-with-credentials');

function sendJson(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

const server = http.createServer(async (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', 'GET, PUT');
    res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
    res.writeHead(204);
    res.end();
    return;
  }

  const path = new URL(req.url ?? '/', `http://${HOST}`).pathname;
  if (req.method === 'GET' && path === '/health') {
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('ok');
  } else if (req.method === 'GET' && path === '/login') {
    res.writeHead(200, { 'Set-Cookie': account.login(), 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('logged in as alice');
  } else if (path === '/api/me' && (req.method === 'GET' || req.method === 'PUT')) {
    if (!account.isLoggedIn(req.headers.cookie)) return sendJson(res, 401, { error: 'login required' });
    if (req.method === 'GET') return sendJson(res, 200, account.profile());
    const renamed = account.rename(await readJsonBody(req));
    if (renamed) sendJson(res, 200, renamed);
    else sendJson(res, 400, { error: 'expected { "displayName": string }' });
  } else {
    sendJson(res, 404, { error: 'not found' });
  }
});

server.listen(portFromCommandLine(), HOST, () => {
  announceListening('star-with-credentials', server.address().port);
});
