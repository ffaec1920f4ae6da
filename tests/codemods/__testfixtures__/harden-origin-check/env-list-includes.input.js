import cors from 'cors';
import express from 'express';

export const app = express();

// The list comes from the environment, comma-separated.
app.use(
  '/api',
  cors({
    origin(origin, callback) {
      callback(null, process.env.CORS_ALLOWED_ORIGINS.includes(origin));
    },
  }),
);

app.use(
  '/admin',
  cors({
    origin(origin, callback) {
      callback(null, process.env.ADMIN_ORIGINS.includes(origin));
    },
  }),
);
