// Cost of every rule of the plugin on real code, against the same ESLint and parser with no rules.
//   node bench/real-corpus.mjs [--pairs N] [--skip-codemod] [--prepare]
//
// The first run installs a fixed set of npm packages (pinned below) into bench/.corpus/ (ignored by
// git) and copies their JS and TS sources into one tree: server frameworks and their plugins, front-end
// frameworks and HTTP clients, about 2,700 files, few of them CORS code. Then, in one run:
//   floor    ESLint with the same parsers and no rules: parsing, scope analysis and traversal
//   plugin   the same, with every rule of the plugin (`configs.all`)
// timed in interleaved pairs (the order alternates), each run a child process reporting its own CPU
// time and peak RSS. One more plugin run with TIMING=all and --stats gives the plugin's own share, and
// the codemod's dry run is timed over the same tree. Not a test: compare figures from one run only.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const corpus = path.join(root, 'bench/.corpus');
const tree = path.join(corpus, 'tree');
const args = process.argv.slice(2);
const pairsAt = args.indexOf('--pairs');
const PAIRS = Math.max(3, pairsAt === -1 ? 3 : Number(args[pairsAt + 1]));
const SKIP_CODEMOD = args.includes('--skip-codemod');
/** Installs the corpus and stops: the tree is then ready for profiling runs of one's own. */
const PREPARE_ONLY = args.includes('--prepare');

/** Real packages, pinned: server frameworks, their plugins, front-end frameworks and HTTP clients. */
const PACKAGES = [
  'express@5.1.0',
  'koa@3.0.1',
  'fastify@5.4.0',
  '@fastify/cors@11.0.1',
  '@fastify/static@8.2.0',
  '@fastify/helmet@13.0.1',
  '@nestjs/core@11.1.3',
  '@nestjs/common@11.1.3',
  '@nestjs/platform-express@11.1.3',
  '@nestjs/microservices@11.1.3',
  'hono@4.8.3',
  'h3@1.15.3',
  '@hapi/hapi@21.4.0',
  'undici@7.11.0',
  'socket.io@4.8.1',
  'ws@8.18.3',
  'rxjs@7.8.2',
  'react-dom@19.1.0',
  'preact@10.26.9',
  'vue@3.5.17',
  '@angular/core@20.0.5',
  '@angular/common@20.0.5',
  'axios@1.10.0',
  'ky@1.8.1',
  'jquery@3.7.1',
];
const SOURCE = /\.(?:[cm]?js|[cm]?ts|jsx|tsx)$/;
/** Declarations, minified bundles and generated locale tables are not code a team lints. */
const LEFT_OUT = /\.d\.[cm]?ts$|\.min\.js$|[\\/](?:node_modules|locales)[\\/]/;

function ensureCorpus() {
  const marker = path.join(corpus, 'packages.json');
  if (existsSync(tree) && existsSync(marker) && readFileSync(marker, 'utf8') === JSON.stringify(PACKAGES)) return;
  console.error(`installing ${PACKAGES.length} packages into ${path.relative(root, corpus)} (once)...`);
  rmSync(corpus, { recursive: true, force: true });
  const install = path.join(corpus, 'install');
  mkdirSync(install, { recursive: true });
  writeFileSync(path.join(install, 'package.json'), JSON.stringify({ name: 'cors-bench-corpus', private: true }));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock', ...PACKAGES], {
    cwd: install,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (const spec of PACKAGES) {
    const name = spec.slice(0, spec.lastIndexOf('@'));
    const packageDir = path.join(install, 'node_modules', name);
    copySources(packageDir, packageDir, path.join(tree, name.replace('/', '__')));
  }
  // A repository of its own: the codemod reads git's view of the tree, and bench/.corpus/ is ignored above.
  spawnSync('git', ['init', '--quiet'], { cwd: tree, stdio: 'ignore' });
  writeFileSync(marker, JSON.stringify(PACKAGES));
}

function copySources(packageDir, from, to) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    if (LEFT_OUT.test(path.sep + path.relative(packageDir, source) + (entry.isDirectory() ? path.sep : ''))) continue;
    if (entry.isDirectory()) copySources(packageDir, source, path.join(to, entry.name));
    else if (entry.isFile() && SOURCE.test(entry.name)) {
      mkdirSync(to, { recursive: true });
      cpSync(source, path.join(to, entry.name));
    }
  }
}

function countFiles(dir) {
  let count = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    count++;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { count, bytes };
}

/** The two configs differ only in the plugin's rules; the parsers and file globs are the same. */
function writeConfigs() {
  const parser = JSON.stringify(path.join(root, 'node_modules/@typescript-eslint/parser/dist/index.js'));
  const plugin = JSON.stringify(path.join(root, 'dist/index.js'));
  const body = (rules) => `import tsParser from ${parser};
${rules ? `import cors from ${plugin};` : ''}
export default [
  { files: ['**/*.{js,mjs,cjs,jsx}'], languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } },
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  { files: ['**/*.{ts,mts,cts,tsx}'], languageOptions: { parser: tsParser } },
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
  ${rules ? '{ plugins: { cors }, rules: cors.configs.all.rules },' : ''}
];
`;
  writeFileSync(path.join(corpus, 'floor.config.mjs'), body(false));
  writeFileSync(path.join(corpus, 'plugin.config.mjs'), body(true));
  // Sums what a run found and the --stats times, so stdout stays small.
  writeFileSync(
    path.join(corpus, 'summary-formatter.cjs'),
    `module.exports = (results) => {
  const out = { files: results.length, fatal: 0, problems: {}, parseMs: 0, rulesMs: {}, fileRuleMs: [] };
  for (const result of results) {
    for (const message of result.messages) {
      if (message.fatal) out.fatal++;
      else out.problems[message.ruleId] = (out.problems[message.ruleId] ?? 0) + 1;
    }
    let fileMs = 0;
    for (const pass of result.stats?.times?.passes ?? []) {
      out.parseMs += pass.parse?.total ?? 0;
      for (const [id, time] of Object.entries(pass.rules ?? {})) {
        out.rulesMs[id] = (out.rulesMs[id] ?? 0) + time.total;
        fileMs += time.total;
      }
    }
    out.fileRuleMs.push([result.filePath, fileMs]);
  }
  return JSON.stringify(out);
};
`,
  );
}

const WRAPPER = path.join(corpus, 'resource-usage.cjs');
// Loaded with --require into each child: writes its own CPU time and peak RSS (all threads) at exit.
function writeWrapper() {
  writeFileSync(
    WRAPPER,
    `process.on('exit', () => {
  const usage = process.resourceUsage();
  require('node:fs').writeFileSync(process.env.CORS_BENCH_USAGE, JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKiB: usage.maxRSS }));
});
`,
  );
}

/** Runs `node script ...args` in a child and measures it. */
function measure(script, scriptArgs, env = {}) {
  const usageFile = path.join(corpus, 'usage.json');
  rmSync(usageFile, { force: true });
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--require', WRAPPER, script, ...scriptArgs], {
    cwd: corpus, // ESLint lints only below its working directory
    env: { ...process.env, ...env, CORS_BENCH_USAGE: usageFile },
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status === null || run.status > 1 || !existsSync(usageFile)) {
    throw new Error(`${path.basename(script)} ${scriptArgs.join(' ')} failed (${run.status ?? run.signal}):\n${run.stderr}`);
  }
  return { wallMs, ...JSON.parse(readFileSync(usageFile, 'utf8')), stdout: run.stdout };
}

const eslintBin = path.join(root, 'node_modules/eslint/bin/eslint.js');
const formatter = () => path.join(corpus, 'summary-formatter.cjs');
function lint(which, extra = [], env = {}) {
  const run = measure(eslintBin, ['-c', path.join(corpus, `${which}.config.mjs`), '-f', formatter(), ...extra, 'tree'], env);
  console.error(`${which}${extra.length ? ` ${extra.join(' ')}` : ''}: wall ${Math.round(run.wallMs)} ms, CPU ${Math.round(run.cpuMs)} ms, peak RSS ${Math.round(run.maxRssKiB / 1024)} MiB`);
  return run;
}

function buildIfStale() {
  const built = path.join(root, 'dist/index.js');
  const newest = (dir) =>
    readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile())
      .reduce((latest, entry) => Math.max(latest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs), 0);
  const sources = Math.max(newest('src'), newest('rules'), newest('codemods'));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  console.error('building dist/ (sources are newer)...');
  execFileSync(process.execPath, [path.join(root, 'node_modules/tsup/dist/cli-default.js')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const spread = (values, digits = 3) =>
  `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;

buildIfStale();
ensureCorpus();
writeConfigs();
writeWrapper();
if (PREPARE_ONLY) {
  console.error(`corpus ready in ${path.relative(root, tree)}`);
  process.exit(0);
}
const { count, bytes } = countFiles(tree);

// One untimed run warms the file cache.
lint('floor');
const floors = [];
const plugins = [];
for (let pair = 0; pair < PAIRS; pair++) {
  if (pair % 2 === 0) {
    floors.push(lint('floor'));
    plugins.push(lint('plugin'));
  } else {
    plugins.push(lint('plugin'));
    floors.push(lint('floor'));
  }
}
const wallRatios = plugins.map((run, i) => run.wallMs / floors[i].wallMs);
const cpuRatios = plugins.map((run, i) => run.cpuMs / floors[i].cpuMs);
const found = JSON.parse(plugins[0].stdout);

// The plugin's own share: ESLint's TIMING table (listener time per rule) and --stats (per file).
const timed = lint('plugin', ['--stats'], { TIMING: 'all' });
const timingMs = [...timed.stdout.matchAll(/^(cors\/\S+)\s*\|\s*([\d.]+)/gm)].reduce((sum, m) => sum + Number(m[2]), 0);
const stats = JSON.parse(timed.stdout.split('\n')[0]); // the formatter's line; the TIMING table follows
const statsMs = Object.entries(stats.rulesMs).reduce((sum, [id, ms]) => sum + (id.startsWith('cors/') ? ms : 0), 0);
// Files with no CORS word at all: what the rules cost where they can find nothing.
const CORS_WORD = /cors|origin|access[-_]control|fetch|request|headers|axios|\bky\b|jquery|\$\s*\./i;
let quietFiles = 0;
let quietMs = 0;
for (const [file, ms] of stats.fileRuleMs) {
  if (CORS_WORD.test(readFileSync(file, 'utf8'))) continue;
  quietFiles++;
  quietMs += ms;
}
const floorWall = median(floors.map((run) => run.wallMs));

// The codemod's default pool (one thread per core), then one thread, for the pool's speed-up.
let codemod;
let codemodOneThread;
const codemodCli = path.join(root, 'packages/cors-codemod/dist/cli.js');
if (!SKIP_CODEMOD) {
  codemod = measure(codemodCli, ['--dry-run', '--json', 'tree']);
  codemodOneThread = measure(codemodCli, ['--dry-run', '--json', '--workers', '1', 'tree']);
}

const ms = (value) => `${Math.round(value).toLocaleString('en-US')} ms`;
const mib = (kib) => `${(kib / 1024).toFixed(0)} MiB`;
console.log(
  `real corpus: ${count.toLocaleString('en-US')} files, ${(bytes / 2 ** 20).toFixed(1)} MiB, ${PACKAGES.length} packages; ` +
    `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.versions.node}; ${PAIRS} interleaved pairs\n`,
);
console.log('| measure | floor (no rules) | all cors rules | ratio, median (min–max) |');
console.log('|:--|--:|--:|--:|');
console.log(`| wall | ${ms(floorWall)} | ${ms(median(plugins.map((run) => run.wallMs)))} | ${spread(wallRatios)} |`);
console.log(`| CPU | ${ms(median(floors.map((run) => run.cpuMs)))} | ${ms(median(plugins.map((run) => run.cpuMs)))} | ${spread(cpuRatios)} |`);
const rssRatios = plugins.map((run, i) => run.maxRssKiB / floors[i].maxRssKiB);
console.log(
  `| peak RSS | ${mib(median(floors.map((run) => run.maxRssKiB)))} | ${mib(median(plugins.map((run) => run.maxRssKiB)))} | ${spread(rssRatios)} |`,
);
console.log('');
console.log('| plugin share (one run, TIMING=all --stats) | ms | of floor wall |');
console.log('|:--|--:|--:|');
const share = (value) => `${((value / floorWall) * 100).toFixed(2)} %`;
console.log(`| rule listeners, TIMING | ${timingMs.toFixed(0)} | ${share(timingMs)} |`);
console.log(`| rule time, --stats | ${statsMs.toFixed(0)} | ${share(statsMs)} |`);
console.log(`| rule time in the ${quietFiles.toLocaleString('en-US')} files with no CORS word, --stats | ${quietMs.toFixed(1)} | ${share(quietMs)} |`);
console.log(`| parse time, --stats | ${stats.parseMs.toFixed(0)} | ${share(stats.parseMs)} |`);
if (codemod) {
  const summary = JSON.parse(codemod.stdout);
  console.log('');
  console.log('| codemod dry run | wall | CPU | peak RSS | wall / plugin lint wall |');
  console.log('|:--|--:|--:|--:|--:|');
  console.log(
    `| ${summary.filesScanned} scanned, ${summary.parsed} parsed, ${summary.filesChanged} would change | ${ms(codemod.wallMs)} | ${ms(codemod.cpuMs)} | ${mib(codemod.maxRssKiB)} | ${(codemod.wallMs / median(plugins.map((run) => run.wallMs))).toFixed(3)} |`,
  );
  // The ideal speed-up is one per core; the ratio says how far the pool is from it.
  const threads = cpus().length;
  const speedUp = codemodOneThread.wallMs / codemod.wallMs;
  console.log(
    `| the same with --workers 1 | ${ms(codemodOneThread.wallMs)} | ${ms(codemodOneThread.cpuMs)} | ${mib(codemodOneThread.maxRssKiB)} | pool speed-up ${speedUp.toFixed(2)}x of an ideal ${threads}x (ideal / measured ${(threads / speedUp).toFixed(2)}) |`,
  );
}
const problems = Object.entries(found.problems)
  .map(([id, n]) => `${id} ${n}`)
  .join(', ');
console.log(`\nfindings: ${problems || 'none'}; files ESLint could not parse: ${found.fatal} (the same in both configs)`);
