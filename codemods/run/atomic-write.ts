import { randomBytes } from 'node:crypto';
import { chmod, chown, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What the file looked like when it was read, to notice someone else writing it meanwhile. */
export interface ReadStamp {
  readonly mtimeMs: number;
  readonly size: number;
}

/** `.<name>.cors-codemod-<pid>-<hex>.tmp`: the writing run's pid tells a later run whether it is a leftover. */
export const TEMPORARY_FILE = /^\..+\.cors-codemod-(\d+)-[0-9a-f]{12}\.tmp$/;

export function temporaryPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.cors-codemod-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Replaces `file` with `text` through a temporary file in the same folder and a rename, so a
 * crash leaves either the old or the new file, never half of one. Keeps the file's mode, and its
 * owner when the run may set it (as root).
 */
export async function writeFileAtomic(file: string, text: string, readStamp?: ReadStamp): Promise<void> {
  const current = await stat(file);
  if (readStamp && (current.mtimeMs !== readStamp.mtimeMs || current.size !== readStamp.size)) {
    throw new Error('the file changed on disk while the codemod ran; run it again');
  }
  const mode = current.mode & 0o7777;
  const temporary = temporaryPathFor(file);
  try {
    await writeFile(temporary, text, { encoding: 'utf8', mode, flag: 'wx' });
    const created = await stat(temporary);
    if (created.uid !== current.uid || created.gid !== current.gid) {
      await chown(temporary, current.uid, current.gid).catch(() => undefined); // only root may give a file away
    }
    await chmod(temporary, mode); // the umask may have narrowed the mode given to writeFile; chown clears setuid
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
