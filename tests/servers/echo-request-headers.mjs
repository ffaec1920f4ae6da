// A correct API (exact allowlist, credentials, Vary: Origin) that reports which Origin, Cookie
// and Referer it received, so a test can compare them with what a page's script tried to send.
// The allowlist comes from CORS_ALLOWED_ORIGINS (comma-separated serialized origins).
import http from 'node:http';
import legacyApp from './support/legacy-app.cjs';

const { HOST, createAccount, portFromCommandLine, announceListening } = legacyApp;
const account = createAccount('echo');
const allowedOrigins = new Set(
  (process.env.CORS_ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean),
);

const server = http.createServer((req, res) => {
  const origin = req.headers.origin;
  res.setHeader('Vary', 'Origin');
  if (origin !== undefined && allowedOrigins.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }

  const path = new URL(req.url ?? '/', `http://${HOST}`).pathname;
  if (req.method === 'GET' && path === '/login') {
    res.writeHead(200, { 'Set-Cookie': account.login(), 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('logged in as alice');
  } else if (req.method === 'GET' && path === '/echo') {
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(
      JSON.stringify({
        origin: origin ?? null,
        cookie: req.headers.cookie ?? null,
        referer: req.headers.referer ?? null,
        loggedIn: account.isLoggedIn(req.headers.cookie),
      }),
    );
  } else {
    res.writeHead(404, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ error: 'not found' }));
  }
});

server.listen(portFromCommandLine(), HOST, () => {
  announceListening('echo', server.address().port);
});
