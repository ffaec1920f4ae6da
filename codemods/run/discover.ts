import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import ignore, { type Ignore } from 'ignore';
import { SOURCE_EXTENSIONS } from './detect';
import { gitVisibleFiles } from './git';
import { CodemodUsageError } from './options';

export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

export interface Discovery {
  /** Real, absolute paths, each once, sorted. */
  readonly files: readonly string[];
  readonly skipped: readonly SkippedFile[];
}

const SOURCE_GLOB = `**/*.{${SOURCE_EXTENSIONS.join(',')}}`;
/** Never scanned, whatever the ignore files say; declaration files hold no runtime code. */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', '**/*.d.{ts,mts,cts}'];

const toPosix = (file: string) => file.split(path.sep).join('/');

export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function hasSourceExtension(file: string): boolean {
  return (SOURCE_EXTENSIONS as readonly string[]).includes(path.extname(file).slice(1).toLowerCase());
}

/** Outside a git work tree, the `.gitignore` files under `root`, each applied below its own folder. */
async function gitignoreFilter(root: string): Promise<(file: string) => boolean> {
  const ignoreFiles = await glob(['**/.gitignore'], { cwd: root, ignore: ALWAYS_IGNORED, dot: true, absolute: true, followSymbolicLinks: false });
  const rules: Array<{ dir: string; matcher: Ignore }> = [];
  for (const ignoreFile of ignoreFiles) {
    const matcher = ignore().add(await readFile(ignoreFile, 'utf8'));
    rules.push({ dir: path.dirname(ignoreFile), matcher });
  }
  return (file) => rules.some(({ dir, matcher }) => isInside(file, dir) && matcher.ignores(toPosix(path.relative(dir, file))));
}

/** `--ignore` patterns use .gitignore syntax, matched from the working directory and from each given path. */
function userIgnoreFilter(patterns: readonly string[], cwd: string): (file: string, root: string) => boolean {
  if (patterns.length === 0) return () => false;
  const matcher = ignore().add([...patterns]);
  const test = (file: string, base: string) => {
    const relative = path.relative(base, file);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && matcher.ignores(toPosix(relative));
  };
  return (file, root) => test(file, cwd) || test(file, root);
}

/**
 * The source files under `paths`: `.gitignore` respected (through git when in a work tree),
 * node_modules and `--ignore` patterns excluded, symbolic links never followed out of a path.
 */
export async function discoverFiles(
  paths: readonly string[],
  options: { readonly cwd: string; readonly ignore: readonly string[] },
): Promise<Discovery> {
  const isUserIgnored = userIgnoreFilter(options.ignore, options.cwd);
  const files = new Set<string>();
  const skipped: SkippedFile[] = [];
  for (const given of paths) {
    const absolute = path.resolve(options.cwd, given);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new CodemodUsageError(`path not found: ${given}`);
    const root = await realpath(absolute);
    if (info.isFile()) {
      if (!hasSourceExtension(root)) skipped.push({ file: root, reason: `not a source file (${SOURCE_EXTENSIONS.join(', ')})` });
      else if (root.split(path.sep).includes('node_modules')) skipped.push({ file: root, reason: 'inside node_modules' });
      else files.add(root);
      continue;
    }
    if (!info.isDirectory()) throw new CodemodUsageError(`not a file or directory: ${given}`);
    const found = await glob([SOURCE_GLOB], {
      cwd: root,
      ignore: ALWAYS_IGNORED,
      dot: true,
      absolute: true,
      onlyFiles: true,
      followSymbolicLinks: false,
      caseSensitiveMatch: false,
    });
    const visible = await gitVisibleFiles(root);
    const isGitIgnored = visible ? (file: string) => !visible.has(toPosix(path.relative(root, file))) : await gitignoreFilter(root);
    for (const file of found) {
      const normalized = path.resolve(file);
      if (isGitIgnored(normalized) || isUserIgnored(normalized, root)) continue;
      // Belt and braces: a path that resolves outside the given folder is never read or written.
      const real = await realpath(normalized).catch(() => undefined);
      if (!real) continue;
      if (!isInside(real, root)) {
        skipped.push({ file: normalized, reason: `resolves outside ${given} (symbolic link), not followed` });
        continue;
      }
      files.add(real);
    }
  }
  return { files: [...files].sort(), skipped };
}
