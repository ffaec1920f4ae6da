import { availableParallelism } from 'node:os';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ElsewhereRepair, TransformId } from '../../src/model/repair';
import { writeFileAtomic } from './atomic-write';
import { discoverFiles, type SkippedFile } from './discover';
import { decodeSource, MAX_FILE_BYTES, mayHoldCorsSite, textProblem, writeProblem } from './file-checks';
import { gitDirtyFiles } from './git';
import { acquireRunLock, type RunLock } from './lock';
import { inSortedOrder } from './in-sorted-order';
import { CodemodUsageError, validateCodemodOptions, validateConcurrency, validateTransformIds, validateWorkers } from './options';
import { TRANSFORM_IDS } from '../transforms/transform-ids';
import { removeStaleTemporaries } from './stale-temporaries';
import type { CodemodSummary, FailedFile, ReviewEntry } from './summary';
import { createTransformer } from './transform-pool';

export interface FileChange {
  /** Relative to `cwd`. */
  readonly file: string;
  readonly absolutePath: string;
  readonly before: string;
  readonly after: string;
}

export interface RunCodemodOptions {
  /** Where relative paths start and summary paths are relative to; `process.cwd()` by default. */
  readonly cwd?: string;
  /** Exact serialized origins (`--allow-origin`). */
  readonly allowOrigins?: readonly string[];
  /** `--allow-origins-env`, `CORS_ALLOWED_ORIGINS` by default. */
  readonly allowOriginsEnv?: string;
  /** Transform ids to run; all by default. */
  readonly transforms?: readonly string[];
  /** .gitignore-style patterns to leave out (`--ignore`). */
  readonly ignore?: readonly string[];
  /** Compute everything, write nothing. */
  readonly dryRun?: boolean;
  /** Run on a git tree with uncommitted changes. */
  readonly force?: boolean;
  /** Files in flight at once (at least `workers`); memory stays bounded by this many files. */
  readonly concurrency?: number;
  /** Threads that parse and transform files (`--workers`); the number of cores by default, 1: the main thread. */
  readonly workers?: number;
  readonly onProgress?: (progress: { readonly done: number; readonly total: number }) => void;
  /** Every changed file, in sorted order (in a dry run instead of writing it). */
  readonly onChange?: (change: FileChange) => void;
}

/** The run cannot start safely (a dirty git tree): nothing has been touched. */
export class CodemodRefusalError extends CodemodUsageError {}

const DEFAULT_CONCURRENCY = Math.max(1, Math.min(8, availableParallelism()));
const DEFAULT_WORKERS = availableParallelism();

function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** Refuses when tracked files under a target path have uncommitted changes. */
async function assertCleanTree(paths: readonly string[], cwd: string, lock: RunLock): Promise<void> {
  const dirty: string[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) continue; // discovery reports the missing path
    const [dir, pathspec] = info.isDirectory() ? [absolute, '.'] : [path.dirname(absolute), path.basename(absolute)];
    dirty.push(...(await gitDirtyFiles(dir, pathspec)));
  }
  if (dirty.length > 0) {
    const listed = [...new Set(dirty)].slice(0, 10).join(', ');
    const interrupted = lock.interrupted.map(
      (run) => ` A cors-codemod run (pid ${run.pid}, started ${run.started}) was interrupted here: the files it rewrote are whole, and --force finishes its job.`,
    );
    throw new CodemodRefusalError(
      `refusing to run: the git tree has uncommitted changes (${listed}${dirty.length > 10 ? ', ...' : ''}). Commit or stash them so the codemod's diff stands alone, or pass --force.${interrupted.join('')}`,
    );
  }
}

/**
 * Runs the codemod over `paths` (files or folders, `.` by default) and returns the summary.
 * Throws `CodemodUsageError` for bad options or a refused run, before touching anything.
 */
export async function runCodemod(paths: readonly string[] = ['.'], options: RunCodemodOptions = {}): Promise<CodemodSummary> {
  const locks: RunLock[] = [];
  try {
    return await runCodemodLocked(paths, options, locks);
  } finally {
    await Promise.all(locks.map((lock) => lock.release()));
  }
}

async function runCodemodLocked(paths: readonly string[], options: RunCodemodOptions, locks: RunLock[]): Promise<CodemodSummary> {
  const started = performance.now();
  const codemodOptions = validateCodemodOptions(options);
  const transforms = validateTransformIds(options.transforms);
  const workers = validateWorkers(options.workers, DEFAULT_WORKERS);
  const concurrency = Math.max(validateConcurrency(options.concurrency, DEFAULT_CONCURRENCY), workers);
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const targets = paths.length > 0 ? paths : ['.'];
  const dryRun = options.dryRun ?? false;

  const discovery = await discoverFiles(targets, { cwd, ignore: options.ignore ?? [] });
  if (!dryRun) {
    // One writing run per tree; a killed run's temporary files go once the tree is ours.
    const lock = await acquireRunLock(targets, cwd);
    locks.push(lock);
    if (!options.force) await assertCleanTree(targets, cwd, lock);
    await removeStaleTemporaries(targets, cwd);
  }

  const applied = Object.fromEntries(TRANSFORM_IDS.map((id) => [id, 0])) as Record<TransformId, number>;
  const skipped: SkippedFile[] = discovery.skipped.map((entry) => ({ ...entry, file: displayPath(entry.file, cwd) }));
  const failures: FailedFile[] = [];
  const reviews: ReviewEntry[] = [];
  const changedFiles: string[] = [];
  let filesScanned = 0;
  let candidates = 0;
  let parsed = 0;
  const transformer = createTransformer(workers, { ...codemodOptions, transforms });
  const changes = inSortedOrder<FileChange>((change) => options.onChange?.(change));

  /** Repairs of other modules that importers led to, by module, each once. */
  const elsewhere = new Map<string, Map<string, ElsewhereRepair>>();
  const discovered = new Set(discovery.files);

  /** `index` orders the file's change among the first pass's; the second pass (importer repairs) reports directly. */
  async function processFile(file: string, index: number | undefined, importerRepairs?: readonly ElsewhereRepair[]): Promise<void> {
    const shown = displayPath(file, cwd);
    const info = await stat(file);
    filesScanned++;
    if (info.size > MAX_FILE_BYTES) {
      skipped.push({ file: shown, reason: `over 1 MiB (${info.size} bytes)` });
      return;
    }
    const decoded = decodeSource(await readFile(file));
    if ('skip' in decoded) {
      skipped.push({ file: shown, reason: decoded.skip });
      return;
    }
    if (!importerRepairs && !mayHoldCorsSite(decoded.text)) return;
    if (!importerRepairs) candidates++;
    const problem = textProblem(decoded.text, file);
    if (problem) {
      skipped.push({ file: shown, reason: problem });
      return;
    }
    if (!importerRepairs) parsed++;
    // A module changed since an importer looked at it gets none of its repairs.
    const current = importerRepairs?.filter((moved) => targetTextOf(decoded.text, moved) === moved.targetText);
    if (importerRepairs && current!.length === 0) return;
    const result = await transformer.transform(decoded.text, file, current?.map((moved) => moved.repair));
    for (const moved of result.elsewhere ?? []) {
      const forFile = elsewhere.get(moved.file) ?? new Map<string, ElsewhereRepair>();
      forFile.set(JSON.stringify(moved.repair), moved);
      elsewhere.set(moved.file, forFile);
    }
    if (result.skipped) {
      skipped.push({ file: shown, reason: result.skipped });
      return;
    }
    if (result.error) {
      failures.push({ file: shown, error: result.error });
      return;
    }
    if (importerRepairs) for (let i = reviews.length - 1; i >= 0; i--) if (reviews[i]!.file === shown) reviews.splice(i, 1);
    for (const review of result.reviews) reviews.push({ file: shown, ...review });
    if (!result.changed) return;
    const unwritable = writeProblem(info);
    if (unwritable) {
      skipped.push({ file: shown, reason: unwritable });
      return;
    }
    const change = { file: shown, absolutePath: file, before: decoded.text, after: result.text };
    if (index === undefined) options.onChange?.(change);
    else changes.add(index, change);
    if (!dryRun) await writeFileAtomic(file, result.text, { mtimeMs: info.mtimeMs, size: info.size });
    if (!changedFiles.includes(shown)) changedFiles.push(shown);
    for (const id of TRANSFORM_IDS) applied[id] += result.applied[id];
  }

  // A small pool: at most `concurrency` files are read, held and rewritten at once.
  const files = discovery.files;
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const file = files[index]!;
      try {
        await processFile(file, index);
      } catch (error) {
        failures.push({ file: displayPath(file, cwd), error: error instanceof Error ? error.message : String(error) });
      }
      changes.done(index);
      options.onProgress?.({ done: ++done, total: files.length });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(files.length, 1)) }, worker));
    // Decisions that live in another module are rewritten there, once, after every importer was seen.
    for (const [file, repairs] of [...elsewhere].sort(([a], [b]) => a.localeCompare(b))) {
      if (!discovered.has(file)) continue;
      try {
        await processFile(file, undefined, [...repairs.values()]);
      } catch (error) {
        failures.push({ file: displayPath(file, cwd), error: error instanceof Error ? error.message : String(error) });
      }
    }
  } finally {
    await transformer.close();
  }

  function targetTextOf(text: string, moved: ElsewhereRepair): string {
    const range = 'targetRange' in moved.repair ? moved.repair.targetRange : undefined;
    return range ? text.slice(range[0], range[1]) : text;
  }

  const byFile = <T extends { file: string }>(a: T, b: T) => a.file.localeCompare(b.file);
  const warnings =
    codemodOptions.allowOrigins.length === 0
      ? [
          `No --allow-origin given: rewritten code allows NO origin until ${codemodOptions.allowOriginsEnv} is set in the app's environment (comma-separated origins, e.g. ${codemodOptions.allowOriginsEnv}=https://app.example.com).`,
        ]
      : [];
  return {
    dryRun,
    allowOrigins: codemodOptions.allowOrigins,
    allowOriginsEnv: codemodOptions.allowOriginsEnv,
    transforms: transforms ?? [...TRANSFORM_IDS],
    filesScanned,
    candidates,
    parsed,
    filesChanged: changedFiles.length,
    changedFiles: changedFiles.sort(),
    applied,
    reviews: reviews.sort((a, b) => byFile(a, b) || a.line - b.line),
    skipped: skipped.sort(byFile),
    failures: failures.sort(byFile),
    warnings,
    durationMs: Math.round(performance.now() - started),
  };
}
