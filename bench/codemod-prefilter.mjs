// How fast the codemod gets through a large repo with few CORS sites: the text prefilter should keep
// almost every file away from the parser. Generates a temp repo, runs the built CLI as a dry run and
// prints files/second and the parsed/scanned ratio. Not a test: numbers vary by machine.
//   npm run build && node bench/codemod-prefilter.mjs [files] [corsSites]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, 'packages', 'cors-codemod', 'dist', 'cli.js');
const fileCount = Number(process.argv[2] ?? 10_000);
const siteCount = Number(process.argv[3] ?? 8);
if (!existsSync(cli)) {
  console.error('packages/cors-codemod/dist/cli.js is missing: run `npm run build` first.');
  process.exit(1);
}

const ordinary = [
  (i) => `export function total${i}(items) {\n  return items.reduce((sum, item) => sum + item.price * item.quantity, 0);\n}\n`,
  (i) => `import { db } from '../db.js';\n\nexport async function load${i}(id) {\n  const rows = await db.query('select * from t${i} where id = $1', [id]);\n  return rows.map((row) => ({ ...row, loadedAt: Date.now() }));\n}\n`,
  (i) => `export const config${i} = {\n  retries: ${i % 5},\n  timeoutMs: ${1000 + i},\n  name: 'service-${i}',\n};\n`,
];
const corsSite = (i) => `const express = require('express');\nconst cors = require('cors');\n\nconst app${i} = express.Router();\napp${i}.use(cors({ origin: true, credentials: true }));\napp${i}.use((req, res, next) => {\n  res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n  next();\n});\nmodule.exports = app${i};\n`;

const dir = mkdtempSync(path.join(tmpdir(), 'cors-codemod-bench-'));
try {
  const every = Math.max(1, Math.floor(fileCount / Math.max(siteCount, 1)));
  for (let i = 0; i < fileCount; i++) {
    const folder = path.join(dir, 'src', `module-${Math.floor(i / 100)}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const isSite = siteCount > 0 && i % every === 0 && i / every < siteCount;
    writeFileSync(path.join(folder, `file-${i}.js`), isSite ? corsSite(i) : ordinary[i % ordinary.length](i));
  }
  writeFileSync(path.join(dir, '.gitignore'), 'dist/\n');
  execFileSync('git', ['init', '-q'], { cwd: dir });

  const started = performance.now();
  const run = spawnSync(process.execPath, [cli, '.', '--dry-run', '--json', '--allow-origin', 'https://app.example.com'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(run.status ?? 1);
  }
  const summary = JSON.parse(run.stdout);
  console.log(`files scanned     ${summary.filesScanned}`);
  console.log(`candidates        ${summary.candidates}`);
  console.log(`parsed            ${summary.parsed} (${((summary.parsed / summary.filesScanned) * 100).toFixed(2)}% of scanned)`);
  console.log(`would change      ${summary.filesChanged}`);
  console.log(`wall time         ${seconds.toFixed(2)} s (codemod's own: ${(summary.durationMs / 1000).toFixed(2)} s)`);
  console.log(`throughput        ${Math.round(summary.filesScanned / seconds)} files/s`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
