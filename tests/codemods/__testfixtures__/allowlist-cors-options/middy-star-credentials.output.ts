import middy from '@middy/core';
import cors from '@middy/http-cors';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

const baseHandler = async () => ({ statusCode: 200, body: '{"user":"alice"}' });

export const handler = middy(baseHandler).use(
  cors({
    origins: [...allowedOrigins],
    credentials: true,
    methods: 'GET',
  }),
);
