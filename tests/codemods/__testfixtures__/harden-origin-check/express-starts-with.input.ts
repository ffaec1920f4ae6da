import express, { type NextFunction, type Request, type Response } from 'express';

const app = express();

function allowCors(req: Request, res: Response, next: NextFunction): void {
  const origin = req.get('origin');
  if (origin?.startsWith('https://app.example.com')) {
    res.set('Access-Control-Allow-Origin', origin);
    res.vary('Origin');
  }
  next();
}

app.use(allowCors);

export default app;
