const express = require('express');

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

const app = express();

// A legacy helper: every caller hands it the request Origin.
function setCors(res, origin) {
  if (allowedOrigins.has(origin ?? '')) res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin');
}

const corsHeaders = {
  forLambda(origin) {
    return { ...(allowedOrigins.has(origin ?? '') ? { 'Access-Control-Allow-Origin': origin } : {}), Vary: 'Origin' };
  },
};

app.use((req, res, next) => {
  setCors(res, req.headers.origin);
  next();
});

app.options('*', (req, res) => {
  if (req.get('origin')) setCors(res, req.get('origin'));
  res.sendStatus(204);
});

exports.handler = async (event) => ({ statusCode: 204, headers: corsHeaders.forLambda(event.headers.origin), body: '' });
