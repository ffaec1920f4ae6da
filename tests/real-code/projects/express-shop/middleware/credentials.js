const allowedOrigins = require('../config/allowedOrigins');

// Safari and older fetch polyfills need the header before cors() answers the preflight.
const credentials = (req, res, next) => {
  const origin = req.headers.origin;
  if (allowedOrigins.includes(origin)) {
    res.header('Access-Control-Allow-Credentials', true);
  }
  next();
};

module.exports = credentials;
