import cors from 'cors';
import express from 'express';
import fastify from 'fastify';
import fastifyCors from '@fastify/cors';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  'https://status.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

export const app = express();
app.use(cors({ origin: Array.from(allowedOrigins), credentials: true }));

export const server = fastify();
await server.register(fastifyCors, {
  origin: ['https://status.example.com', ...allowedOrigins],
  credentials: true,
});
