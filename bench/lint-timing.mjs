// Lint cost of all rules on a generated 5,000-line file, read from ESLint's TIMING=1 table.
// Reports the rules' time next to the parse-only baseline, as a ratio. Not a test: numbers vary by machine.
//   node bench/lint-timing.mjs [lines]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const targetLines = Number(process.argv[2] ?? 5000);

const blocks = [
  (i) => `app.use('/r${i}', (req, res, next) => {
  const origin = req.headers.origin;
  if (allowed.has(origin)) {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
  }
  res.vary('Origin');
  next();
});`,
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
  (i) => `function reflect${i}(req, res) {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
}`,
];

let source = `import express from 'express';\nconst app = express();\nconst allowed = new Set(['https://app.example.com']);\nconst db = { query: async () => [] };\n`;
for (let i = 0; source.split('\n').length < targetLines; i++) source += blocks[i % blocks.length](i) + '\n';

const dir = mkdtempSync(path.join(tmpdir(), 'cors-bench-'));
const file = path.join(dir, 'big.js');
writeFileSync(file, source);
const lines = source.split('\n').length;

function lint(rules) {
  const config = path.join(dir, `eslint.${rules ? 'rules' : 'none'}.config.mjs`);
  writeFileSync(
    config,
    `import cors from ${JSON.stringify(path.join(root, 'dist/index.js'))};
export default [{ files: ['**/*.js'], ${rules ? 'plugins: { cors }, rules: cors.configs.all.rules' : 'rules: {}'} }];`,
  );
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '-c', config, file], {
    cwd: dir, // ESLint ignores files outside its working directory
    env: { ...process.env, TIMING: 'all' },
    encoding: 'utf8',
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const ruleMs = [...run.stdout.matchAll(/^(cors\/\S+)\s*\|\s*([\d.]+)/gm)].reduce((sum, m) => sum + Number(m[2]), 0);
  return { wallMs, ruleMs, table: run.stdout.split('\n').filter((l) => l.includes('|')).join('\n') };
}

const baseline = lint(false);
const withRules = lint(true);
console.log(`file: ${lines} lines`);
console.log(withRules.table);
console.log(`all cors rules: ${withRules.ruleMs.toFixed(1)} ms (TIMING)`);
console.log(`eslint wall time, parse + no rules: ${baseline.wallMs.toFixed(0)} ms; with all cors rules: ${withRules.wallMs.toFixed(0)} ms`);
console.log(`ratio of rule time to parse-only run: ${(withRules.ruleMs / baseline.wallMs).toFixed(3)}`);
console.log(`budget: rules ${withRules.ruleMs < 50 ? 'within' : 'OVER'} 50 ms over parse time`);
