import type { NextApiRequest, NextApiResponse } from 'next';
import NextCors from 'nextjs-cors';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  await NextCors(req, res, { origin: [...allowedOrigins], methods: ['GET'], optionsSuccessStatus: 200 });
  res.json({ user: 'alice' });
}
