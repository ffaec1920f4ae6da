import { statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { resolveInProgram, type TypedProgram } from './program-modules';
import { aliasTargets } from './tsconfig-paths';

/** The extensions a specifier without one may mean, in the order bundlers and TypeScript try them. */
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/** `./x.js` written in TypeScript ESM names `./x.ts`. */
const SOURCE_FOR_OUTPUT: Readonly<Record<string, readonly string[]>> = { '.js': ['.ts', '.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };

/**
 * The file of the project a specifier names from `importer`: a relative path (`./config/cors`),
 * or a `tsconfig` `paths` alias (`@/config/cors`). Package imports, and anything inside
 * `node_modules`, are not the project's own code and are not followed. With a program, its own
 * resolution of the import is taken first (no file is looked at); a module outside it is looked up.
 */
export function resolveModule(importer: string, specifier: string, program?: TypedProgram): string | undefined {
  if (!isAbsolute(importer)) return undefined;
  // With type information, the program has resolved the import already.
  const inProgram = program && resolveInProgram(program, importer, specifier);
  if (inProgram) return inProgram;
  const key = `${dirname(importer)}\0${specifier}`;
  const known = resolved.get(key);
  if (known !== undefined && isFile(known)) return known;
  const found = lookUp(importer, specifier);
  if (found) resolved.set(key, found);
  return found;
}

/** Found files by importing directory and specifier; a file that disappears is looked up again. */
const resolved = new Map<string, string>();

function lookUp(importer: string, specifier: string): string | undefined {
  const candidates =
    specifier.startsWith('./') || specifier.startsWith('../') ? [resolve(dirname(importer), specifier)] : aliasTargets(importer, specifier);
  for (const base of candidates) {
    const found = fileFor(base);
    if (found && !found.split(/[\\/]/).includes('node_modules')) return found;
  }
  return undefined;
}

function fileFor(base: string): string | undefined {
  if (isFile(base)) return base;
  const extension = /\.[cm]?js$/.exec(base)?.[0];
  for (const replacement of extension ? (SOURCE_FOR_OUTPUT[extension] ?? []) : []) {
    const source = base.slice(0, -extension!.length) + replacement;
    if (isFile(source)) return source;
  }
  for (const ext of EXTENSIONS) if (isFile(base + ext)) return base + ext;
  for (const ext of EXTENSIONS) if (isFile(join(base, `index${ext}`))) return join(base, `index${ext}`);
  return undefined;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
