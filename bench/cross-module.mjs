// Cost of following CORS decisions into other modules, on a generated multi-file Express project.
// Not a test: numbers vary by machine; compare runs made back to back (`--runs` takes the median).
//   npx tsup && node bench/cross-module.mjs [files] [--runs N]
//
// Two copies of the same project are linted in one process each time, with every rule on:
//   relative   route files import their CORS options, allowlists (also looked up in a local origin
//              callback), an origin predicate and a header-writing helper from `./config/…` and
//              `./utils/…` modules, which the analysis reads, parses (once per run) and judges
//   package    the same files importing the same names from a package, which the analysis never
//              follows: the single-file cost
// The ratio relative / package is the price of the cross-module reads; the module reads line shows
// that each imported module is parsed once however many files import it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const runs = at === -1 ? 5 : Number(args.splice(at, 2)[1]);
const fileCount = Number(args[0] ?? 200);

const { default: plugin } = await import(path.join(root, 'dist/index.js'));

/** One route module: ordinary handlers, a CORS configuration and a guard, with imports from `from(name)`. */
function routeFile(i, from) {
  return `const express = require('express');
const cors = require('cors');
const corsOptions = require('${from('config/corsOptions')}');
const { isAllowedOrigin } = require('${from('utils/isAllowedOrigin')}');
const { setCorsHeaders } = require('${from('utils/corsHeaders')}');
const allowedOrigins = require('${from('config/allowedOrigins')}');
const router = express.Router();

router.use(cors(corsOptions));
router.use('/public', cors({ origin: (origin, callback) => callback(null, allowedOrigins.includes(origin)) }));
router.get('/stock/${i}', (req, res) => {
  const origin = req.get('origin');
  res.vary('Origin');
  if (isAllowedOrigin(origin)) setCorsHeaders(res, origin);
  res.json({ stock: ${i} });
});
router.get('/items/${i}', async (req, res) => {
  const origin = req.headers.origin;
  res.append('Vary', 'Origin');
  if (origin && isAllowedOrigin(origin)) res.setHeader('Access-Control-Allow-Origin', origin);
  const items = await db.query('select * from items where id = $1', [${i}]);
  res.json({ items, total: items.reduce((sum, item) => sum + item.price, 0) });
});
router.post('/orders/${i}', async (req, res, next) => {
  try {
    const order = { ...req.body, createdAt: Date.now(), status: 'new' };
    res.status(201).json(await db.query('insert into orders values ($1)', [order]));
  } catch (error) {
    next(error);
  }
});

module.exports = router;
`;
}

const SHARED = {
  'config/allowedOrigins.js': "module.exports = ['https://www.shop.example', 'https://admin.shop.example'];\n",
  'config/corsOptions.js': `const allowedOrigins = require('./allowedOrigins');
module.exports = {
  origin: (origin, callback) => (!origin || allowedOrigins.includes(origin) ? callback(null, true) : callback(new Error('CORS'))),
  credentials: true,
};
`,
  'utils/corsHeaders.js':
    "exports.setCorsHeaders = (res, origin) => {\n  res.setHeader('Access-Control-Allow-Origin', origin);\n  res.setHeader('Access-Control-Allow-Credentials', 'true');\n};\n",
  'utils/isAllowedOrigin.js': "const allowed = new Set(require('../config/allowedOrigins'));\nexports.isAllowedOrigin = (origin) => allowed.has(origin);\n",
};

function writeProject(directory, from) {
  for (const [name, text] of Object.entries(SHARED)) {
    mkdirSync(path.dirname(path.join(directory, name)), { recursive: true });
    writeFileSync(path.join(directory, name), text);
  }
  mkdirSync(path.join(directory, 'routes'), { recursive: true });
  for (let i = 0; i < fileCount; i++) writeFileSync(path.join(directory, 'routes', `route${i}.js`), routeFile(i, from));
}

const base = mkdtempSync(path.join(tmpdir(), 'cors-bench-modules-'));
const relativeDir = path.join(base, 'relative');
const packageDir = path.join(base, 'package');
writeProject(relativeDir, (name) => `../${name}`);
writeProject(packageDir, (name) => `shop-shared/${name}`);

const rules = Object.fromEntries(Object.keys(plugin.rules).map((name) => [`cors/${name}`, 'error']));

async function lintOnce(directory) {
  const eslint = new ESLint({
    cwd: directory,
    overrideConfigFile: true,
    cache: false,
    overrideConfig: [{ files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' }, plugins: { cors: plugin }, rules }],
  });
  const start = performance.now();
  const results = await eslint.lintFiles(['routes']);
  const elapsed = performance.now() - start;
  return { elapsed, messages: results.reduce((sum, result) => sum + result.messages.length, 0) };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const timings = { relative: [], package: [] };
let messages = {};
// Alternate the two so that machine noise hits both alike; the first pair warms up.
for (let run = 0; run <= runs; run++) {
  const a = await lintOnce(relativeDir);
  const b = await lintOnce(packageDir);
  if (run === 0) {
    messages = { relative: a.messages, package: b.messages };
    continue;
  }
  timings.relative.push(a.elapsed);
  timings.package.push(b.elapsed);
}
rmSync(base, { recursive: true, force: true });

const rel = median(timings.relative);
const pkg = median(timings.package);
console.log(`${fileCount} route files, median of ${runs} runs`);
console.log(`  relative imports (followed)   ${rel.toFixed(0).padStart(6)} ms   ${messages.relative} findings`);
console.log(`  package imports (not read)    ${pkg.toFixed(0).padStart(6)} ms   ${messages.package} findings`);
console.log(`  ratio relative / package      ${(rel / pkg).toFixed(2)}`);
