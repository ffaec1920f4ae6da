import { execFile } from 'node:child_process';

/** Output of `git ...` in `cwd`, or `undefined` when git is missing or `cwd` is not in a repository. */
function git(args: readonly string[], cwd: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' }, (error, stdout) =>
      resolve(error ? undefined : stdout),
    );
  });
}

/** Whether `dir` lies inside a git work tree. */
export async function isInGitWorkTree(dir: string): Promise<boolean> {
  return (await git(['rev-parse', '--is-inside-work-tree'], dir))?.trim() === 'true';
}

/**
 * Files under `dir` that git does not ignore (tracked and untracked), relative to `dir`; this
 * honours every `.gitignore`, `.git/info/exclude` and the global excludes file.
 */
export async function gitVisibleFiles(dir: string): Promise<Set<string> | undefined> {
  const output = await git(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.'], dir);
  return output === undefined ? undefined : new Set(output.split('\0').filter(Boolean));
}

/** Tracked files with uncommitted changes under `pathspec` (relative to `cwd`). Untracked files do not count. */
export async function gitDirtyFiles(cwd: string, pathspec: string): Promise<string[]> {
  const output = await git(['status', '--porcelain=v1', '-z', '--untracked-files=no', '--', pathspec], cwd);
  if (output === undefined) return [];
  return output
    .split('\0')
    .filter((entry) => /^[ MADRCUT?!]{2} /.test(entry))
    .map((entry) => entry.slice(3));
}

/** The absolute `.git` folder of the work tree holding `dir` (per work tree for linked ones), or `undefined`. */
export async function gitDirOf(dir: string): Promise<string | undefined> {
  return (await git(['rev-parse', '--absolute-git-dir'], dir))?.trim() || undefined;
}
