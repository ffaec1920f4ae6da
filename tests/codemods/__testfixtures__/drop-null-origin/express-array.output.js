const express = require('express');

const app = express();
const TRUSTED = ['https://app.example.com', 'https://admin.example.com']; // 'null' for file:// testing

app.use((req, res, next) => {
  const origin = req.headers.origin;
  res.vary('Origin');
  if (TRUSTED.includes(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  next();
});
