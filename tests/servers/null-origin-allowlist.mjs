// An Express API whose allowlist includes the string 'null' "for the desktop build that loads
// from file://". Sandboxed iframes, data: URLs and some redirects also send `Origin: null`, so any
// site can frame itself in a sandbox and read alice's data with her cookie.
import express from 'express';
import legacyApp from './support/legacy-app.cjs';

const { HOST, createAccount, portFromCommandLine, announceListening } = legacyApp;
// Its front ends are on other sites, so the session cookie is SameSite=None; Secure.
const account = createAccount('null-origin', 'crossSite');
const allowedOrigins = ['https://app.example.com', 'null'];
const app = express();

app.use((req, res, next) => {
  const origin = req.get('Origin');
  if (allowedOrigins.includes(origin)) {
    res.set('Access-Control-Allow-Origin', origin);
    res.set('Access-Control-Allow-Credentials', 'true');
    res.vary('Origin');
  }
  if (req.method === 'OPTIONS') {
    res.set('Access-Control-Allow-Methods', 'GET');
    res.sendStatus(204);
    return;
  }
  next();
});

app.get('/health', (req, res) => {
  res.type('text').send('ok');
});

app.get('/login', (req, res) => {
  res.set('Set-Cookie', account.login()).type('text').send('logged in as alice');
});

app.get('/api/me', (req, res) => {
  if (!account.isLoggedIn(req.get('Cookie'))) return res.status(401).json({ error: 'login required' });
  res.json(account.profile());
});

const server = app.listen(portFromCommandLine(), HOST, () => {
  announceListening('null-origin', server.address().port);
});
