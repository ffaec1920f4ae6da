/** A killed run's temporary files are removed by the next run; a live run's are left alone. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { TEMPORARY_FILE, temporaryPathFor } from '../../../codemods/run/atomic-write';
import { removeStaleTemporaries } from '../../../codemods/run/stale-temporaries';
import { createTempProject, type TempProject } from '../support/temp-project';

const projects: TempProject[] = [];
afterEach(() => {
  for (const project of projects.splice(0)) project.remove();
});

const deadPid = () => Number(execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }));

it('removes only temporaries whose writing process is gone, under the given paths', async () => {
  const target = createTempProject('cors-codemod-temporaries-');
  projects.push(target);
  const dead = deadPid();
  const live = path.relative(target.dir, temporaryPathFor(path.join(target.dir, 'src/live.js')));
  expect(path.basename(live)).toMatch(TEMPORARY_FILE);
  for (const file of [
    `src/.app.js.cors-codemod-${dead}-0123456789ab.tmp`,
    `src/deep/.x.ts.cors-codemod-${dead}-ba9876543210.tmp`,
    live,
    'src/app.js',
    `src/.app.js.cors-codemod-${dead}-not-hex.tmp`,
    `node_modules/pkg/.i.js.cors-codemod-${dead}-0123456789ab.tmp`,
  ]) {
    target.write(file, 'x');
  }
  const removed = await removeStaleTemporaries(['src'], target.dir);
  expect(removed.map((file) => path.relative(target.dir, file)).sort()).toEqual([
    `src/.app.js.cors-codemod-${dead}-0123456789ab.tmp`,
    `src/deep/.x.ts.cors-codemod-${dead}-ba9876543210.tmp`,
  ]);
  expect(target.files()).toEqual(
    [live, `src/.app.js.cors-codemod-${dead}-not-hex.tmp`, 'src/app.js', `node_modules/pkg/.i.js.cors-codemod-${dead}-0123456789ab.tmp`].sort(),
  );
});

it('looks only at the temporaries of a file given as the target', async () => {
  const target = createTempProject('cors-codemod-temporaries-');
  projects.push(target);
  const dead = deadPid();
  target.write('a.js', 'x');
  target.write(`.a.js.cors-codemod-${dead}-0123456789ab.tmp`, 'x');
  target.write(`.b.js.cors-codemod-${dead}-0123456789ab.tmp`, 'x');
  await removeStaleTemporaries(['a.js'], target.dir);
  expect(target.files()).toEqual([`.b.js.cors-codemod-${dead}-0123456789ab.tmp`, 'a.js']);
});
