const allowedOrigins = [
  'https://www.acme-shop.example',
  'https://admin.acme-shop.example',
  'http://localhost:3000',
];

module.exports = allowedOrigins;
