import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Cached, never-throwing reads for the environment evidence. Each directory is looked up once per
 * process (one ESLint run), whichever file asks first; an unreadable file reads as absent.
 */
const texts = new Map<string, string | undefined>();

export function readText(file: string): string | undefined {
  if (texts.has(file)) return texts.get(file);
  let text: string | undefined;
  try {
    text = statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
  } catch {
    text = undefined;
  }
  texts.set(file, text);
  return text;
}

/** The directory of a linted file, or undefined for text that is not on disk (`<input>`, `<text>`). */
export function directoryOf(filename: string, cwd: string = process.cwd()): string | undefined {
  if (filename === '' || filename.startsWith('<')) return undefined;
  return path.dirname(path.resolve(cwd, filename));
}

/** `dir`, its parent, ..., the filesystem root. */
export function* ancestors(dir: string): Generator<string> {
  let current = dir;
  for (;;) {
    yield current;
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

/** Forgets every read, for tests that rewrite fixture files. */
export function clearFileCache(): void {
  texts.clear();
}
