/** writeFileAtomic on its own: whole replacement, mode kept, and no write over someone else's change. */
import { chmodSync, statSync, utimesSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../codemods/run/atomic-write';
import { createTempProject, type TempProject } from '../support/temp-project';

const projects: TempProject[] = [];
afterEach(() => {
  for (const project of projects.splice(0)) project.remove();
});

function project(): TempProject {
  const created = createTempProject('cors-codemod-atomic-');
  projects.push(created);
  return created;
}

describe('writeFileAtomic', () => {
  it('replaces the text, keeps the mode (setuid and executable bits too) and leaves no temporary file', async () => {
    const target = project();
    const file = target.write('bin/tool.js', 'old\n');
    chmodSync(file, 0o4751);
    const { mtimeMs, size } = statSync(file);
    await writeFileAtomic(file, 'new\r\n', { mtimeMs, size });
    expect(target.read('bin/tool.js')).toBe('new\r\n');
    expect(statSync(file).mode & 0o7777).toBe(0o4751);
    expect(target.files()).toEqual(['bin/tool.js']);
  });

  it('refuses to write over a change made after the file was read, and keeps that change', async () => {
    const target = project();
    const file = target.write('src/app.js', 'read by the codemod\n');
    const { mtimeMs, size } = statSync(file);
    target.write('src/app.js', 'saved by an editor meanwhile\n');
    const later = new Date(mtimeMs + 5_000);
    utimesSync(file, later, later);
    await expect(writeFileAtomic(file, 'rewritten\n', { mtimeMs, size })).rejects.toThrow(
      'the file changed on disk while the codemod ran; run it again',
    );
    expect(target.read('src/app.js')).toBe('saved by an editor meanwhile\n');
    expect(target.files()).toEqual(['src/app.js']);
  });
});
