// Server code: a proxy forwards the header upstream, where no browser preflights the call.
import express from 'express';

const app = express();

app.get('/proxy', async (req, res) => {
  const upstream = await fetch('http://upstream.internal/api', {
    headers: { 'Access-Control-Allow-Origin': String(req.headers.origin ?? '') },
  });
  res.status(upstream.status).send(await upstream.text());
});

export default app;
