import express, { type NextFunction, type Request, type Response } from 'express';

const app = express();

function corsMiddleware(req: Request, res: Response, next: NextFunction) {
  const origin = req.get('origin');
  res.set('Access-Control-Allow-Origin', origin).set('Access-Control-Allow-Credentials', 'true');
  res.vary('Origin');
  next();
}

app.use(corsMiddleware);
app.get('/api/me', (req, res) => {
  res.header({ 'Access-Control-Allow-Origin': req.headers.origin, 'Cache-Control': 'no-store' });
  res.json({ name: 'me' });
});

export default app;
