// `npm run demo`: lint the bundled legacy app with the recommended config, then show what the
// codemod would change (a dry run with diffs). Uses the built package, as a user would.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import pc from 'picocolors';
import { ESLint } from 'eslint';
import { ensureDemoBuild } from './demo-build.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const exampleDir = path.join(root, 'examples', 'legacy-app');

await ensureDemoBuild(root);

console.log(pc.bold(pc.cyan('\n1. eslint-plugin-cors: lint findings in examples/legacy-app (configs.recommended)\n')));
const eslint = new ESLint({ cwd: exampleDir });
const results = await eslint.lintFiles(['.']);
const formatter = await eslint.loadFormatter('stylish');
console.log(await formatter.format(results));
const byRule = new Map();
for (const message of results.flatMap((result) => result.messages))
  byRule.set(message.ruleId, (byRule.get(message.ruleId) ?? 0) + 1);
console.log(pc.bold('Findings per rule:'));
for (const [rule, count] of [...byRule].sort()) console.log(`  ${rule}: ${count}`);

console.log(pc.bold(pc.cyan('\n2. cors-codemod: dry run with diffs (nothing is written)\n')));
const codemod = spawnSync(
  process.execPath,
  [path.join(root, 'packages', 'cors-codemod', 'dist', 'cli.js'), exampleDir, '--dry-run', '--diff', '--force', '--allow-origin', 'https://app.example.com'],
  { cwd: root, stdio: 'inherit' },
);
process.exit(codemod.status === 0 || codemod.status === 1 ? 0 : codemod.status ?? 1);
