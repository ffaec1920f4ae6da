import express, { type NextFunction, type Request, type Response } from 'express';

// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.
const allowedOrigins: ReadonlySet<string> = new Set([
  'https://app.example.com',
  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),
]);

const app = express();

function allowCors(req: Request, res: Response, next: NextFunction): void {
  const origin = req.get('origin');
  if (typeof origin === 'string' && allowedOrigins.has(origin)) {
    res.set('Access-Control-Allow-Origin', origin);
    res.vary('Origin');
  }
  next();
}

app.use(allowCors);

export default app;
