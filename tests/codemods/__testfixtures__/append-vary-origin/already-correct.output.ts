import express from 'express';

const allowedOrigins = new Set(['https://app.example.com']);
const app = express();

app.use((req, res, next) => {
  res.vary('Origin');
  const origin = req.headers.origin;
  if (origin !== undefined && allowedOrigins.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});

app.get('/public', (_req, res) => {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.json({ ok: true });
});
