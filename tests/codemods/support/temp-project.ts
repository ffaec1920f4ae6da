import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TempProject {
  readonly dir: string;
  write(file: string, content: string | Uint8Array): string;
  read(file: string): string;
  bytes(file: string): Buffer;
  /** Every file path under the project (relative), including dotfiles, outside .git. */
  files(): string[];
  git(...args: string[]): string;
  /** `git init` + commit everything. */
  commitAll(): void;
  remove(): void;
}

export function createTempProject(prefix = 'cors-codemod-test-'): TempProject {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), prefix)));
  const absolute = (file: string) => path.join(dir, file);
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=test', '-c', 'init.defaultBranch=main', ...args], {
      cwd: dir,
      encoding: 'utf8',
    });
  return {
    dir,
    write(file, content) {
      mkdirSync(path.dirname(absolute(file)), { recursive: true });
      writeFileSync(absolute(file), content);
      return absolute(file);
    },
    read: (file) => readFileSync(absolute(file), 'utf8'),
    bytes: (file) => readFileSync(absolute(file)),
    files: () =>
      (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
        .filter((entry) => !entry.isDirectory())
        .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
        .filter((file) => !file.startsWith(`.git${path.sep}`))
        .sort(),
    git,
    commitAll() {
      git('init', '-q');
      git('add', '-A');
      git('commit', '-qm', 'initial');
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
