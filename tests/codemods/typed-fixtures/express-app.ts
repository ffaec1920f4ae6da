/** A typed Express app with the CORS problems the codemod fixes; it must type-check before and after. */
import express, { type NextFunction, type Request, type Response } from 'express';
import cors from 'cors';

const app = express();

app.use('/public', cors({ origin: true, credentials: true }));

app.use((req: Request, res: Response, next: NextFunction) => {
  const origin = req.header('Origin');
  if (origin) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});

app.get('/api/partner', (req: Request, res: Response) => {
  const origin = req.headers.origin;
  if (origin !== undefined && origin.endsWith('.partner.example')) {
    res.set('Access-Control-Allow-Origin', origin);
  }
  res.json({ ok: true });
});

export default app;
