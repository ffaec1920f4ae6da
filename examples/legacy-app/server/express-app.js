// Legacy API server (Express 4 era). Several CORS "fixes" piled up over the years.
const express = require('express');
const compression = require('compression');

const app = express();
app.use(compression());

const TRUSTED = ['https://app.example.com', 'https://admin.example.com', 'null']; // 'null' for local file:// testing

app.use((req, res, next) => {
  const origin = req.headers.origin;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Accept-Encoding');
  next();
});

app.use('/partner', (req, res, next) => {
  const origin = req.get('origin');
  if (origin && origin.endsWith('example.com')) {
    res.set('Access-Control-Allow-Origin', origin);
  }
  next();
});

app.use('/internal', (req, res, next) => {
  const origin = req.header('Origin');
  if (TRUSTED.includes(origin)) {
    res.vary('Origin');
    res.header('Access-Control-Allow-Origin', origin);
  }
  next();
});

app.get('/api/me', (req, res) => {
  res.json({ user: 'alice', apiKey: 'secret' });
});

app.listen(3000);
