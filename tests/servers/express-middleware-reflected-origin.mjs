// An Express app with a hand-written CORS middleware copied from an old blog post: it reflects
// the request's Origin and allows credentials, so any site can read alice's data.
import express from 'express';
import legacyApp from './support/legacy-app.cjs';

const { HOST, createAccount, portFromCommandLine, announceListening } = legacyApp;
const account = createAccount('express-middleware');
const app = express();

app.use((req, res, next) => {
  const origin = req.get('Origin');
  if (origin) {
    res.header('Access-Control-Allow-Origin', origin);
    res.header('Access-Control-Allow-Credentials', 'true');
    res.header('Access-Control-Allow-Methods', 'GET,PUT');
    res.header('Access-Control-Allow-Headers', 'Content-Type');
  }
  if (req.method === 'OPTIONS') {
    res.sendStatus(204);
    return;
  }
  next();
});
app.use(express.json());

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

app.put('/api/me', (req, res) => {
  if (!account.isLoggedIn(req.get('Cookie'))) return res.status(401).json({ error: 'login required' });
  const renamed = account.rename(req.body);
  if (!renamed) return res.status(400).json({ error: 'expected { "displayName": string }' });
  res.json(renamed);
});

const server = app.listen(portFromCommandLine(), HOST, () => {
  announceListening('express-middleware', server.address().port);
});
