/** Small apps with the problems the codemod fixes, shared by the CLI and runner tests. */

/** `cors({ origin: true, credentials: true })` and a hand-written middleware that reflects the Origin. */
export const EXPRESS_SERVER = `const express = require('express');
const cors = require('cors');

const app = express();
app.use(cors({ origin: true, credentials: true }));

app.use((req, res, next) => {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
  res.setHeader('Access-Control-Allow-Credentials', 'true');
  next();
});

app.listen(3000);
`;

/** A suffix check whose intent is not one exact origin: the codemod leaves a review comment. */
export const WEAK_CHECK_SERVER = `const express = require('express');
const app = express();

app.use((req, res, next) => {
  const origin = req.headers.origin;
  if (origin && origin.endsWith('example.com')) {
    res.setHeader('Access-Control-Allow-Origin', origin);
  }
  next();
});
`;

/** Nothing to do here, and no CORS word either. */
export const PLAIN_MODULE = `export function add(a, b) {
  return a + b;
}
`;
