import express from 'express';

const allowedOrigins = new Set(['https://app.example.com']);
const app = express();

app.use((req, res, next) => {
  res.vary('Origin');
  const origin = req.headers.origin;
  if (origin && allowedOrigins.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
  }
  next();
});
