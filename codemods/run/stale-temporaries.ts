import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { TEMPORARY_FILE } from './atomic-write';
import { isProcessAlive } from './process-alive';

/**
 * Removes the temporary files a killed run left next to the files it was rewriting (the files
 * themselves are whole: old or new). Only files whose writing process is gone are removed.
 */
export async function removeStaleTemporaries(targets: readonly string[], cwd: string): Promise<string[]> {
  const removed: string[] = [];
  for (const given of targets) {
    const absolute = path.resolve(cwd, given);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) continue;
    const [dir, pattern] = info.isDirectory()
      ? [absolute, '**/.*.cors-codemod-*.tmp']
      : [path.dirname(absolute), `.${path.basename(absolute)}.cors-codemod-*.tmp`];
    const found = await glob([pattern], {
      cwd: dir,
      ignore: ['**/node_modules/**', '**/.git/**'],
      dot: true,
      absolute: true,
      onlyFiles: true,
      followSymbolicLinks: false,
      expandDirectories: false,
    });
    for (const file of found) {
      const pid = Number(TEMPORARY_FILE.exec(path.basename(file))?.[1]);
      if (!pid || isProcessAlive(pid)) continue;
      await rm(file, { force: true });
      removed.push(file);
    }
  }
  return removed;
}
