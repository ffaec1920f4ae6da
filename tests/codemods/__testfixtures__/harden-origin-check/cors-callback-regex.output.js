const express = require('express');
const cors = require('cors');

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

const app = express();

app.use(
  cors({
    origin: (origin, callback) => callback(null, allowedOrigins.has(origin)),
    credentials: true,
  }),
);

module.exports = app;
