const express = require('express');

const app = express();

// Only our own front end may read the API.
app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin && origin.endsWith('app.example.com')) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  res.setHeader('Vary', 'Origin');
  next();
});

app.get('/me', (req, res) => res.json({ id: 1 }));

module.exports = app;
