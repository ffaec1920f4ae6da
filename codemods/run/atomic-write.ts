import { randomBytes } from 'node:crypto';
import { chmod, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What the file looked like when it was read, to notice someone else writing it meanwhile. */
export interface ReadStamp {
  readonly mtimeMs: number;
  readonly size: number;
}

/**
 * Replaces `file` with `text` through a temporary file in the same folder and a rename, so a
 * crash leaves either the old or the new file, never half of one. Keeps the file's mode.
 */
export async function writeFileAtomic(file: string, text: string, readStamp?: ReadStamp): Promise<void> {
  const current = await stat(file);
  if (readStamp && (current.mtimeMs !== readStamp.mtimeMs || current.size !== readStamp.size)) {
    throw new Error('the file changed on disk while the codemod ran; run it again');
  }
  const mode = current.mode & 0o7777;
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.cors-codemod-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { encoding: 'utf8', mode, flag: 'wx' });
    await chmod(temporary, mode); // the umask may have narrowed the mode given to writeFile
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
