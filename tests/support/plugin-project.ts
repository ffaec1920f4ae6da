import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXAMPLE_APP = join(REPO_ROOT, 'examples', 'legacy-app');

/** Packages a user project needs beside the plugin, linked from the repository's own install. */
const LINKED_PACKAGES = ['eslint', '@typescript-eslint/parser', '@microsoft/eslint-formatter-sarif'];

export interface PluginProject {
  readonly dir: string;
  path(...segments: string[]): string;
  write(file: string, text: string): string;
  remove(): void;
}

/**
 * A throwaway project that depends on the plugin the way a user's does: `node_modules/eslint-plugin-cors` is the
 * built package (this repository, linked), so configs name it by package and ESLint resolves it as installed.
 * `files` are copied in (relative paths under the repository), `texts` written as given.
 */
export function createPluginProject(
  options: { copy?: Readonly<Record<string, string>>; texts?: Readonly<Record<string, string>> } = {},
): PluginProject {
  const dir = mkdtempSync(join(tmpdir(), 'cors-plugin-project-'));
  const link = (target: string, name: string) => {
    const at = join(dir, 'node_modules', name);
    mkdirSync(dirname(at), { recursive: true });
    symlinkSync(target, at, 'dir');
  };
  link(REPO_ROOT, 'eslint-plugin-cors');
  for (const name of LINKED_PACKAGES) link(join(REPO_ROOT, 'node_modules', name), name);
  const write = (file: string, text: string) => {
    const at = join(dir, file);
    mkdirSync(dirname(at), { recursive: true });
    writeFileSync(at, text);
    return at;
  };
  for (const [to, from] of Object.entries(options.copy ?? {})) cpSync(join(REPO_ROOT, from), join(dir, to), { recursive: true });
  for (const [file, text] of Object.entries(options.texts ?? {})) write(file, text);
  return {
    dir,
    path: (...segments) => join(dir, ...segments),
    write,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
