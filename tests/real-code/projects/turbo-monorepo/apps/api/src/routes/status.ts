import { Router } from 'express';

export const statusRouter = Router();

statusRouter.get('/', async (_req, res) => {
  const upstream = await fetch('http://billing.internal/health', { headers: { Host: 'billing.acme.internal' } });
  res.json({ billing: upstream.ok });
});
