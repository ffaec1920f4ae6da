import { Elysia } from 'elysia';
import { cors } from '@elysiajs/cors';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

const app = new Elysia().use(cors({ origin: [...allowedOrigins] })).get('/me', () => ({ user: 'alice' }));

app.listen(3000);
