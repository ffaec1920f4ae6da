import express from 'express';

export const app = express();

app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin && origin.includes('partner.example.org')) {
    res.setHeader('Access-Control-Allow-Origin', origin);
  }
  res.setHeader('Vary', 'Origin');
  next();
});
