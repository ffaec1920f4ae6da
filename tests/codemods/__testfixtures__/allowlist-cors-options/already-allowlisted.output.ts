import express from 'express';
import cors from 'cors';

const allowedOrigins: ReadonlySet<string> = new Set(['https://app.example.com']);

// Already an exact list: nothing to rewrite.
const app = express();
app.use(cors({ origin: [...allowedOrigins], credentials: true }));
app.use(cors({ origin: '*' }));

function local() {
  const cors = (options: { origin: boolean }) => options;
  return cors({ origin: true });
}
