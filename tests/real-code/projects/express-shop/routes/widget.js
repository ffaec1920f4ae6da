const express = require('express');

const router = express.Router();

// The embeddable widget is loaded from customers' sites.
router.get('/widget/cart', (req, res) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.json({ items: req.session?.cart ?? [] });
});

module.exports = router;
