import cors from 'cors';
import express from 'express';
import fastify from 'fastify';
import fastifyCors from '@fastify/cors';

export const app = express();
app.use(cors({ origin: /app\.example\.com$/, credentials: true }));

export const server = fastify();
await server.register(fastifyCors, {
  origin: ['https://status.example.com', /^https:\/\/app\.example\.com/],
  credentials: true,
});
