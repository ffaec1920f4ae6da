import { createYoga } from 'graphql-yoga';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

export const yoga = createYoga({
  schema,
  cors: (request) => {
    const origin = request.headers.get('origin');
    return origin !== null && allowedOrigins.has(origin) ? { credentials: true, methods: ['POST'], origin } : false;
  },
});
