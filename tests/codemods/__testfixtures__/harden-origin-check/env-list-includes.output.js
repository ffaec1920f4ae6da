import cors from 'cors';
import express from 'express';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

export const app = express();

// The list comes from the environment, comma-separated.
app.use(
  '/api',
  cors({
    origin(origin, callback) {
      callback(null, allowedOrigins.has(origin));
    },
  }),
);

app.use(
  '/admin',
  cors({
    origin(origin, callback) {
      // cors-codemod: review: this check treats the comma-separated ADMIN_ORIGINS as one string (substring match); split it into a Set of exact origins, or re-run with --allow-origins-env ADMIN_ORIGINS
      callback(null, process.env.ADMIN_ORIGINS.includes(origin));
    },
  }),
);
