const cors = require('cors');
const express = require('express');

const app = express();

// Any subdomain, but the pattern also lets evilexample.com through.
// cors-codemod: review: weak origin check: the check allows a family of origins (subdomains of example.com); list them in the allowlist or use a dot-boundary subdomain check
app.use(cors({ origin: /^https?:\/\/.*\.?example\.com$/, credentials: true }));

module.exports = app;
