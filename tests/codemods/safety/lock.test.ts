/** The run lock on its own: exclusive, takes over a dead owner's lock, and is gone after release. */
import { execFileSync } from 'node:child_process';
import { existsSync, utimesSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireRunLock, CodemodLockedError, LOCK_FILE_IN_GIT_DIR, LOCK_FILE_IN_TREE } from '../../../codemods/run/lock';
import { createTempProject, type TempProject } from '../support/temp-project';

const projects: TempProject[] = [];
afterEach(() => {
  for (const project of projects.splice(0)) project.remove();
});

function project({ git }: { git: boolean }): TempProject {
  const created = createTempProject('cors-codemod-lock-');
  projects.push(created);
  created.write('src/app.js', 'export {};\n');
  if (git) created.commitAll();
  return created;
}

/** The id of a process that has exited (and been reaped). */
function deadPid(): number {
  return Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }));
}

const owner = (pid: number, host = hostname()) => `${JSON.stringify({ pid, host, started: '2026-01-01T00:00:00.000Z' })}\n`;

describe('acquireRunLock', () => {
  it('lives in the .git folder of a work tree, whichever path inside it is given', async () => {
    const target = project({ git: true });
    const lock = await acquireRunLock(['src', '.', 'src/app.js'], target.dir);
    expect(lock.files).toEqual([path.join(target.dir, '.git', LOCK_FILE_IN_GIT_DIR)]);
    expect(JSON.parse(target.read(`.git/${LOCK_FILE_IN_GIT_DIR}`))).toMatchObject({ pid: process.pid, host: hostname() });
    await lock.release();
    expect(existsSync(lock.files[0]!)).toBe(false);
  });

  it('lives in the target folder outside git, and is removed on release', async () => {
    const target = project({ git: false });
    const lock = await acquireRunLock(['src'], target.dir);
    expect(lock.files).toEqual([path.join(target.dir, 'src', LOCK_FILE_IN_TREE)]);
    await lock.release();
    expect(target.files()).toEqual(['src/app.js']);
  });

  it('refuses while a live process holds it, naming the holder and the file to delete', async () => {
    const target = project({ git: true });
    const first = await acquireRunLock(['.'], target.dir);
    const second = acquireRunLock(['src'], target.dir);
    await expect(second).rejects.toThrow(CodemodLockedError);
    await expect(second).rejects.toThrow(
      new RegExp(`^refusing to run: another cors-codemod run \\(pid ${process.pid}, started [^)]+\\) is rewriting this tree\\. Wait for it to finish; if no run is going on, delete .*cors-codemod\\.lock\\.$`),
    );
    await first.release();
    await (await acquireRunLock(['src'], target.dir)).release();
  });

  it('takes over the lock of a process that is gone and reports the interrupted run', async () => {
    const target = project({ git: true });
    const pid = deadPid();
    target.write(`.git/${LOCK_FILE_IN_GIT_DIR}`, owner(pid));
    const lock = await acquireRunLock(['.'], target.dir);
    expect(lock.interrupted).toEqual([{ lockFile: lock.files[0], pid, started: '2026-01-01T00:00:00.000Z' }]);
    expect(JSON.parse(target.read(`.git/${LOCK_FILE_IN_GIT_DIR}`))).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it("never takes over another machine's lock: its pid means nothing here", async () => {
    const target = project({ git: true });
    target.write(`.git/${LOCK_FILE_IN_GIT_DIR}`, owner(deadPid(), 'build-agent-7'));
    await expect(acquireRunLock(['.'], target.dir)).rejects.toThrow(/another cors-codemod run \(pid \d+ on build-agent-7, started /);
  });

  it('treats an empty lock file as a run starting up, and as stale once it is old', async () => {
    const target = project({ git: true });
    const file = target.write(`.git/${LOCK_FILE_IN_GIT_DIR}`, '');
    await expect(acquireRunLock(['.'], target.dir)).rejects.toThrow(/another cors-codemod run \(starting up\)/);
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(file, minuteAgo, minuteAgo);
    const lock = await acquireRunLock(['.'], target.dir);
    expect(lock.interrupted).toHaveLength(1);
    await lock.release();
  });
});
