import express, { type NextFunction, type Request, type Response } from 'express';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

const app = express();

function corsMiddleware(req: Request, res: Response, next: NextFunction) {
  const origin = req.get('origin');
  (allowedOrigins.has(origin ?? '') ? res.set('Access-Control-Allow-Origin', origin) : res).set('Access-Control-Allow-Credentials', 'true');
  res.vary('Origin');
  next();
}

app.use(corsMiddleware);
app.get('/api/me', (req, res) => {
  res.header({ ...(allowedOrigins.has(req.headers.origin ?? '') ? { 'Access-Control-Allow-Origin': req.headers.origin } : {}), 'Cache-Control': 'no-store' });
  res.json({ name: 'me' });
});

export default app;
