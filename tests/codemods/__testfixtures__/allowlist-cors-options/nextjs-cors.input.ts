import type { NextApiRequest, NextApiResponse } from 'next';
import NextCors from 'nextjs-cors';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  await NextCors(req, res, { origin: true, methods: ['GET'], optionsSuccessStatus: 200 });
  res.json({ user: 'alice' });
}
