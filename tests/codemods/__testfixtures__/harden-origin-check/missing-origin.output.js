import express from 'express';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

export const app = express();

app.use((req, res, next) => {
  const origin = req.headers.origin;
  // cors-codemod: review: now an exact allowlist check; https://partner.example.org passed the old check but is not in --allow-origin: add it there or to CORS_ALLOWED_ORIGINS if it should stay allowed
  if (origin && allowedOrigins.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
  }
  res.setHeader('Vary', 'Origin');
  next();
});
