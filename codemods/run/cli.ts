#!/usr/bin/env node
/** `cors-codemod [paths...]`: rewrites CORS problems the plugin's rules find into exact origin allowlists. */
import { parseArgs } from 'node:util';
import pc from 'picocolors';
import { version } from '../../package.json';
import {
  CodemodUsageError,
  DEFAULT_ALLOW_ORIGINS_ENV,
  parseTransformIds,
  validateCodemodOptions,
  validateConcurrency,
  validateWorkers,
} from './options';
import { createProgressBar } from './progress';
import { TRANSFORMS } from '../transforms/registry';
import { formatDiff, formatSummary } from './report';
import { runCodemod, type FileChange } from './runner';

const HELP = `Usage: cors-codemod [options] [paths...]

Rewrites the CORS problems that eslint-plugin-cors reports into checks against one exact origin
allowlist per module. Paths default to "."; .gitignore and node_modules are always respected.

Options:
  --allow-origin <origin>     An exact origin allowed to read responses (repeatable), e.g. https://app.example.com
  --allow-origins-env <NAME>  Environment variable with more comma-separated origins (default ${DEFAULT_ALLOW_ORIGINS_ENV})
  --dry-run                   Compute everything, write nothing
  --diff                      Print a unified diff of every change to stdout
  --json                      Print the summary as JSON to stdout
  --transforms <ids>          Comma-separated transform ids to run (default: all)
  --list-transforms           List the transforms and exit
  --ignore <pattern>          Leave out paths matching a .gitignore-style pattern (repeatable)
  --force                     Run even when tracked files under the paths have uncommitted changes
                              (dry runs never refuse)
  --concurrency <n>           Files read and rewritten at once; bounds memory (default: up to 8, at least --workers)
  --workers <n>               Threads that parse and rewrite files (default: the number of cores; 1: no extra thread)
  -h, --help                  Show this help
  -v, --version               Show the version

Exit codes: 0 done, 1 some file failed, 2 bad usage or a refused run (nothing was touched).
Sites that cannot be fixed safely get a "// cors-codemod: review: <reason>" comment and are listed.`;

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      'allow-origin': { type: 'string', multiple: true },
      'allow-origins-env': { type: 'string' },
      'dry-run': { type: 'boolean' },
      diff: { type: 'boolean' },
      json: { type: 'boolean' },
      transforms: { type: 'string' },
      'list-transforms': { type: 'boolean' },
      ignore: { type: 'string', multiple: true },
      force: { type: 'boolean' },
      concurrency: { type: 'string' },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}

export async function main(argv: readonly string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`cors-codemod: ${(error as Error).message}\nRun cors-codemod --help for usage.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  if (values['list-transforms']) {
    const width = Math.max(...TRANSFORMS.map((transform) => transform.id.length));
    for (const transform of TRANSFORMS) process.stdout.write(`${transform.id.padEnd(width)}  ${transform.title}\n`);
    return 0;
  }

  const stdoutColors = pc.createColors(Boolean(process.stdout.isTTY) && pc.isColorSupported);
  const stderrColors = pc.createColors(Boolean(process.stderr.isTTY) && pc.isColorSupported);
  const progress = createProgressBar(values.json ? ({ isTTY: false } as NodeJS.WriteStream) : process.stderr);
  const diffs: Array<{ file: string; diff: string }> = [];
  try {
    // Validate everything up front so a bad value never leaves a half-run behind.
    const options = validateCodemodOptions({ allowOrigins: values['allow-origin'], allowOriginsEnv: values['allow-origins-env'] });
    const transforms = values.transforms === undefined ? undefined : parseTransformIds(values.transforms);
    const concurrency = values.concurrency === undefined ? undefined : validateConcurrency(values.concurrency, 1);
    const workers = values.workers === undefined ? undefined : validateWorkers(values.workers, 1);
    const onChange = values.diff
      ? (change: FileChange) => {
          if (values.json) diffs.push({ file: change.file, diff: formatDiff(change, pc.createColors(false)) });
          else {
            progress.clear();
            process.stdout.write(`${formatDiff(change, stdoutColors)}\n`);
          }
        }
      : undefined;
    const summary = await runCodemod(positionals, {
      ...options,
      transforms,
      concurrency,
      workers,
      ignore: values.ignore,
      dryRun: values['dry-run'],
      force: values.force,
      onProgress: (state) => progress.update(state),
      onChange,
    });
    progress.clear();
    if (values.json) process.stdout.write(`${JSON.stringify(values.diff ? { ...summary, diffs } : summary, null, 2)}\n`);
    else process.stderr.write(`${formatSummary(summary, stderrColors)}\n`);
    return summary.failures.length > 0 ? 1 : 0;
  } catch (error) {
    progress.clear();
    if (error instanceof CodemodUsageError) {
      process.stderr.write(`cors-codemod: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`cors-codemod: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`cors-codemod: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
