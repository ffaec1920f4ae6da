const express = require('express');
const cors = require('cors');

const corsOptions = {
  origin: function (origin, callback) {
    callback(null, true);
  },
  credentials: true,
};

const app = express();
app.use(cors(corsOptions));
module.exports = app;
