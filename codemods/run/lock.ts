import { readFileSync, unlinkSync } from 'node:fs';
import { link, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { temporaryPathFor } from './atomic-write';
import { gitDirOf } from './git';
import { CodemodUsageError } from './options';
import { isProcessAlive } from './process-alive';

/** Another run holds the tree: nothing has been touched. */
export class CodemodLockedError extends CodemodUsageError {
  override readonly name = 'CodemodLockedError';
}

/** The lock file's name: inside the `.git` folder of a work tree, else in the target folder itself. */
export const LOCK_FILE_IN_GIT_DIR = 'cors-codemod.lock';
export const LOCK_FILE_IN_TREE = '.cors-codemod.lock';

/** A lock file still empty this long after its creation belongs to a run killed while taking it. */
const EMPTY_LOCK_GRACE_MS = 10_000;

interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly started: string;
}

/** A run that died (killed, crashed) while holding a lock; the next run takes the lock over. */
export interface InterruptedRun {
  readonly lockFile: string;
  readonly pid: number;
  readonly started: string;
}

export interface RunLock {
  readonly files: readonly string[];
  /** Runs that were killed while holding one of these locks. */
  readonly interrupted: readonly InterruptedRun[];
  release(): Promise<void>;
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    return typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.started === 'string'
      ? (value as LockOwner)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Where the lock for one target path lives: its work tree's `.git` folder, or the folder itself. */
async function lockFileFor(target: string): Promise<string> {
  const info = await stat(target);
  const dir = info.isDirectory() ? target : path.dirname(target);
  const gitDir = await gitDirOf(dir);
  return gitDir ? path.join(gitDir, LOCK_FILE_IN_GIT_DIR) : path.join(dir, LOCK_FILE_IN_TREE);
}

function heldMessage(lockFile: string, owner: LockOwner | undefined): string {
  const where = owner && owner.host !== hostname() ? ` on ${owner.host}` : '';
  const who = owner ? `pid ${owner.pid}${where}, started ${owner.started}` : 'starting up';
  return `refusing to run: another cors-codemod run (${who}) is rewriting this tree. Wait for it to finish; if no run is going on, delete ${lockFile}.`;
}

/**
 * Creates the lock file with its owner already written: the owner goes to a file of this run's own,
 * which is then hard-linked to the lock path (`link` fails if the lock exists), so no other run can
 * read a lock half-written. Where hard links are refused, an exclusive create (`wx`) is the fallback.
 */
async function createLockFile(lockFile: string, content: string): Promise<void> {
  const ownFile = temporaryPathFor(lockFile);
  try {
    await writeFile(ownFile, content, { flag: 'wx' });
    await link(ownFile, lockFile);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    await writeFile(lockFile, content, { flag: 'wx' });
  } finally {
    await unlink(ownFile).catch(() => undefined);
  }
}

/**
 * Takes one lock file: created exclusively, so of two runs only one succeeds. A lock whose
 * owner died on this machine is stale: it is removed and taken over, and reported as interrupted.
 */
async function takeLock(lockFile: string): Promise<InterruptedRun | undefined> {
  const owner: LockOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  let interrupted: InterruptedRun | undefined;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await createLockFile(lockFile, `${JSON.stringify(owner)}\n`);
      return interrupted;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const text = await readFile(lockFile, 'utf8').catch(() => undefined);
    if (text === undefined) continue; // released meanwhile
    const holder = parseOwner(text);
    const age = Date.now() - ((await stat(lockFile).catch(() => undefined))?.mtimeMs ?? Date.now());
    const stale = holder ? holder.host === hostname() && !isProcessAlive(holder.pid) : age > EMPTY_LOCK_GRACE_MS;
    if (!stale) throw new CodemodLockedError(heldMessage(lockFile, holder));
    // Remove only the lock that was judged stale, not one a third run has just taken.
    if ((await readFile(lockFile, 'utf8').catch(() => undefined)) !== text) continue;
    await unlink(lockFile).catch(() => undefined);
    interrupted = { lockFile, pid: holder?.pid ?? 0, started: holder?.started ?? 'unknown' };
  }
  throw new CodemodLockedError(heldMessage(lockFile, undefined));
}

/**
 * Locks the trees under `targets` for one writing run. Two runs on the same tree never write at
 * once: the second stops with a clear message before touching anything. The locks go away on
 * `release()`, on exit, on SIGINT and SIGTERM, and (for a killed run) at the next run, which finds
 * the owner gone.
 */
export async function acquireRunLock(targets: readonly string[], cwd: string): Promise<RunLock> {
  const files = [...new Set(await Promise.all(targets.map((target) => lockFileFor(path.resolve(cwd, target)))))].sort();
  const taken: string[] = [];
  const interrupted: InterruptedRun[] = [];
  // Every file, not only those taken: a signal can come between a lock's creation and its record.
  const removeSync = () => {
    taken.length = 0;
    for (const file of files) {
      try {
        if (parseOwner(readFileSync(file, 'utf8'))?.pid === process.pid) unlinkSync(file);
      } catch {
        // already gone
      }
    }
  };
  // Interrupted (Ctrl-C, a CI timeout): drop the lock, then let the signal do what it would have done.
  const onSignal = (signal: NodeJS.Signals) => {
    removeSync();
    process.removeListener('SIGINT', onSignal).removeListener('SIGTERM', onSignal);
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  process.once('exit', removeSync).once('SIGINT', onSignal).once('SIGTERM', onSignal);
  const release = async () => {
    process.removeListener('exit', removeSync).removeListener('SIGINT', onSignal).removeListener('SIGTERM', onSignal);
    await Promise.all(taken.splice(0).map((file) => unlink(file).catch(() => undefined)));
  };
  try {
    for (const file of files) {
      const previous = await takeLock(file);
      taken.push(file);
      if (previous) interrupted.push(previous);
    }
  } catch (error) {
    await release();
    throw error;
  }
  return { files, interrupted, release };
}
