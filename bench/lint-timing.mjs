// Lint cost of all rules on generated 5,000-line files, read from ESLint's TIMING table.
// Reports the rules' time next to the parse-only baseline, as a ratio. Not a test: numbers vary by
// machine and from run to run, so compare runs made back to back (`--runs` takes the median).
//   npx tsup && node bench/lint-timing.mjs [lines] [--runs N] [--cors-every N]
//
// Each file mixes ordinary application code with CORS code (handlers in the styles the rules read:
// raw header writes of several frameworks, origin checks, library configs, client requests), one
// CORS block in every N blocks. Without `--cors-every`, four densities are measured:
//   none     no CORS code at all (most files of a project)
//   typical  one block in 40: a server file with a CORS handler every couple of hundred lines
//   dense    one block in 10: about a hundred findings
//   stress   one block in 2: half of the file is CORS code, over five hundred findings
//
// Two figures per file:
//   single   a run that lints only this file: it also pays the one-time warm-up of the analysis
//            code (about 12 ms on a 2-core machine), which a run over a project pays once
//   in-run   per file when ten such files are linted in one run, as in CI or an editor session
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
function numberFlag(name, fallback) {
  const at = args.indexOf(name);
  return at === -1 ? fallback : Number(args.splice(at, 2)[1]);
}
const runs = numberFlag('--runs', 3);
const onlyEvery = numberFlag('--cors-every', undefined);
const targetLines = Number(args[0] ?? 5000);
const BUDGET_MS = 50;
const DENSITIES = onlyEvery
  ? [{ name: `1 in ${onlyEvery}`, corsEvery: onlyEvery }]
  : [
      { name: 'none', corsEvery: Infinity },
      { name: 'typical', corsEvery: 40 },
      { name: 'dense', corsEvery: 10 },
      { name: 'stress', corsEvery: 2 },
    ];

/** Ordinary application code: routes, services, client calls, helpers. */
const plainBlocks = [
  (i) => `app.get('/items/${i}', async (req, res) => {
  const items = await db.query('select * from items where id = $1', [${i}]);
  const total = items.reduce((sum, item) => sum + item.price * item.quantity, 0);
  res.json({ items, total, page: Number(req.query.page ?? 1) });
});`,
  (i) => `export async function load${i}() {
  const response = await fetch('/api/${i}', { credentials: 'include', headers: { 'Content-Type': 'application/json' } });
  if (!response.ok) throw new Error('failed ${i}');
  return response.json();
}`,
  (i) => `class Repository${i} {
  constructor(table) {
    this.table = table;
    this.cache = new Map();
  }
  async find(id) {
    if (this.cache.has(id)) return this.cache.get(id);
    const [row] = await db.query(\`select * from \${this.table} where id = $1\`, [id]);
    this.cache.set(id, row);
    return row;
  }
}`,
  (i) => `function formatPrice${i}(cents, currency = 'EUR') {
  const value = (cents / 100).toFixed(2);
  return currency === 'EUR' ? \`\${value} €\` : \`\${currency} \${value}\`;
}`,
  (i) => `app.post('/orders/${i}', async (req, res, next) => {
  try {
    const order = { ...req.body, createdAt: Date.now(), status: 'new' };
    if (!order.items?.length) return res.status(400).json({ error: 'empty order' });
    res.status(201).json(await db.query('insert into orders values ($1)', [order]));
  } catch (error) {
    next(error);
  }
});`,
  (i) => `export const client${i} = axios.create({ baseURL: '/api/v${i % 3}', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } });`,
];

/** CORS code in the styles the rules read, some of it flawed on purpose. */
const corsBlocks = [
  // Express: exact allowlist, credentials, Vary.
  (i) => `app.use('/r${i}', (req, res, next) => {
  const origin = req.headers.origin;
  if (allowed.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  res.vary('Origin');
  next();
});`,
  // Node: the origin echoed unchecked.
  (i) => `function reflect${i}(req, res) {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
}`,
  // A suffix check without a dot boundary, an early return, `writeHead` with an object.
  (i) => `export function preflight${i}(req, res) {
  const origin = req.headers.origin || '';
  if (!origin.endsWith('example.com')) return res.writeHead(403).end();
  res.writeHead(204, { 'Access-Control-Allow-Origin': origin, 'Access-Control-Max-Age': '600', Vary: 'Origin' });
  res.end();
}`,
  // The cors package with a callback that tests an unanchored regex.
  (i) => `app.use('/api/${i}', cors({
  origin: (origin, callback) => callback(null, /example\\.com/.test(origin)),
  credentials: true,
  methods: ['GET', 'POST'],
}));`,
  // A fetch-style handler: a wildcard together with credentials.
  (i) => `export async function handler${i}(request) {
  const body = JSON.stringify({ id: ${i}, ok: true });
  return new Response(body, {
    headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' },
  });
}`,
  // An anchored regex, `null` let through, a list kept in an array.
  (i) => `app.options('/v${i}', (req, res) => {
  const origin = req.get('origin');
  if (origin === 'null' || /^https:\\/\\/(app|admin)\\.example\\.com$/.test(origin) || trusted.includes(origin)) {
    res.set('Access-Control-Allow-Origin', origin);
    res.set('Access-Control-Allow-Methods', 'GET,POST,PUT');
    res.append('Vary', 'Origin');
  }
  res.sendStatus(204);
});`,
];

const header = `import express from 'express';
import cors from 'cors';
import axios from 'axios';
const app = express();
const allowed = new Set(['https://app.example.com']);
const trusted = ['https://app.example.com', 'https://admin.example.com'];
const db = { query: async () => [] };
`;

/** A file of about `targetLines` lines with one CORS block in every `corsEvery` blocks. */
function generate(corsEvery) {
  let source = header;
  let lineCount = header.split('\n').length;
  // Mix ordinary and CORS blocks, each list cycling through its own styles.
  for (let i = 0, plain = 0, corsCount = 0; lineCount < targetLines; i++) {
    const isCors = i % corsEvery === corsEvery - 1;
    const block = isCors ? corsBlocks[corsCount++ % corsBlocks.length](i) : plainBlocks[plain++ % plainBlocks.length](i);
    source += block + '\n';
    lineCount += block.split('\n').length;
  }
  return source;
}

const dir = mkdtempSync(path.join(tmpdir(), 'cors-bench-'));
const PROJECT_FILES = 10;

function lint(rules, target) {
  const config = path.join(dir, `eslint.${rules ? 'rules' : 'none'}.config.mjs`);
  writeFileSync(
    config,
    `import cors from ${JSON.stringify(path.join(root, 'dist/index.js'))};
export default [{ files: ['**/*.js'], ${rules ? 'plugins: { cors }, rules: cors.configs.all.rules' : 'rules: {}'} }];`,
  );
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '-c', config, target], {
    cwd: dir, // ESLint ignores files outside its working directory
    env: { ...process.env, TIMING: 'all' },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const ruleMs = [...run.stdout.matchAll(/^(cors\/\S+)\s*\|\s*([\d.]+)/gm)].reduce((sum, m) => sum + Number(m[2]), 0);
  const problems = [...run.stdout.matchAll(/\s(cors\/[\w-]+)\s*$/gm)].length;
  return { wallMs, ruleMs, problems };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
for (const density of DENSITIES) {
  const folder = path.join(dir, density.name.replace(/\W+/g, '-'));
  mkdirSync(path.join(folder, 'project'), { recursive: true });
  const source = generate(density.corsEvery);
  const file = path.join(folder, 'big.js');
  writeFileSync(file, source);
  for (let k = 0; k < PROJECT_FILES; k++) writeFileSync(path.join(folder, 'project', `big-${k}.js`), source);
  const baselines = [];
  const singles = [];
  const projects = [];
  for (let run = 0; run < runs; run++) {
    baselines.push(lint(false, file));
    singles.push(lint(true, file));
    projects.push(lint(true, path.join(folder, 'project')));
  }
  const singleMs = median(singles.map((m) => m.ruleMs));
  rows.push({
    density: density.name,
    lines: source.split('\n').length,
    problems: singles.at(-1).problems,
    singleMs,
    singleMin: Math.min(...singles.map((m) => m.ruleMs)),
    singleMax: Math.max(...singles.map((m) => m.ruleMs)),
    inRunMs: median(projects.map((p) => p.ruleMs)) / PROJECT_FILES,
    parseWallMs: median(baselines.map((b) => b.wallMs)),
  });
}

console.log(`all cors rules on ${targetLines}-line files, ESLint TIMING, median of ${runs} (files in ${dir})\n`);
console.log('| density | problems | single-file ms, median (min–max) | in-run ms per file | parse-only wall ms | ratio | budget |');
console.log('|:--|--:|--:|--:|--:|--:|:--|');
for (const row of rows) {
  const budget = row.singleMs < BUDGET_MS && row.inRunMs < BUDGET_MS ? 'within' : row.inRunMs < BUDGET_MS ? 'OVER single-file' : 'OVER';
  console.log(
    `| ${row.density} | ${row.problems} | ${row.singleMs.toFixed(1)} (${row.singleMin.toFixed(0)}–${row.singleMax.toFixed(0)}) | ${row.inRunMs.toFixed(1)} | ${row.parseWallMs.toFixed(0)} | ${(row.singleMs / row.parseWallMs).toFixed(3)} | ${budget} |`,
  );
}
console.log(`\nbudget: ${BUDGET_MS} ms of rule time over parse time per 5,000-line file; ratio: single-file rule time / parse-only run`);
