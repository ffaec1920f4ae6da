// Server code: Node's fetch sends these headers, so the codemod leaves them.
import express from 'express';

const app = express();

app.get('/proxy', async (req, res) => {
  const upstream = await fetch('http://upstream.internal/api', {
    headers: { Origin: 'https://app.example.com', Cookie: String(req.headers.cookie ?? '') },
  });
  res.status(upstream.status).send(await upstream.text());
});

export default app;
