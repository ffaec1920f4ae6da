import express from 'express';
import cors from 'cors';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

const app = express();

// Every page may call the API with the user's session.
app.use(
  cors({
    origin: [...allowedOrigins],
    credentials: true,
    methods: ['GET', 'POST'],
  }),
);

app.get('/me', (req, res) => {
  res.json({ user: 'alice' });
});

app.listen(3000);
