import express from 'express';

const ALLOWED_ORIGINS: ReadonlySet<string> = new Set(['https://app.example.com']);

export const app = express();

app.use((req, res, next) => {
  const origin = req.headers.origin;
  res.vary('Origin');
  if (typeof origin === 'string' && ALLOWED_ORIGINS.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
  }
  next();
});
