import express from 'express';

const ALLOWED = 'https://app.example.com,https://admin.example.com';

export const app = express();

app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (ALLOWED.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
  }
  res.setHeader('Vary', 'Origin');
  next();
});
