const allowed = new Set(['https://app.example.com']);

module.exports = function cors(req, res, next) {
  res.setHeader('Vary', 'Origin');
  if (allowed.has(req.headers.origin)) res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Vary', 'Accept-Encoding, Origin');
  next();
};
