const express = require('express');

const app = express();

// A legacy helper: every caller hands it the request Origin.
function setCors(res, origin) {
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Vary', 'Origin');
}

const corsHeaders = {
  forLambda(origin) {
    return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
  },
};

app.use((req, res, next) => {
  setCors(res, req.headers.origin);
  next();
});

app.options('*', (req, res) => {
  if (req.get('origin')) setCors(res, req.get('origin'));
  res.sendStatus(204);
});

exports.handler = async (event) => ({ statusCode: 204, headers: corsHeaders.forLambda(event.headers.origin), body: '' });
