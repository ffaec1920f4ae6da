// An Express app that "fixed" its CORS errors with `origin: true`: the cors package then echoes
// every Origin, and with credentials any site can read alice's data.
import express from 'express';
import cors from 'cors';
import legacyApp from './support/legacy-app.cjs';

const { HOST, createAccount, portFromCommandLine, announceListening } = legacyApp;
const account = createAccount('express-cors');
const app = express();

app.use(cors({ origin: true, credentials: true }));
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
  announceListening('express-cors', server.address().port);
});
