import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

interface PathAliases {
  /** The directory `paths` targets are relative to (`baseUrl`, else the tsconfig's own). */
  readonly base: string;
  readonly paths: Readonly<Record<string, readonly string[]>>;
}

/** Nearest tsconfig per directory, read once per lint run (a process lives for one run). */
const aliasesByDirectory = new Map<string, PathAliases | null>();

/** How many directories up a tsconfig.json is looked for. */
const MAX_ASCENT = 12;

/** Where a `paths` alias may point: `@/config/cors` with `"@/*": ["src/*"]` → `<base>/src/config/cors`. */
export function aliasTargets(importer: string, specifier: string): string[] {
  const aliases = nearestAliases(dirname(importer));
  if (!aliases) return [];
  const targets: string[] = [];
  for (const [pattern, replacements] of Object.entries(aliases.paths)) {
    const star = pattern.indexOf('*');
    const matched =
      star < 0
        ? specifier === pattern
          ? ''
          : undefined
        : specifier.startsWith(pattern.slice(0, star)) && specifier.endsWith(pattern.slice(star + 1)) && specifier.length >= pattern.length - 1
          ? specifier.slice(star, specifier.length - (pattern.length - star - 1))
          : undefined;
    if (matched === undefined) continue;
    for (const replacement of replacements) targets.push(resolve(aliases.base, replacement.replace('*', matched)));
  }
  return targets;
}

function nearestAliases(directory: string): PathAliases | undefined {
  const visited: string[] = [];
  let found: PathAliases | null | undefined;
  for (let current = directory, i = 0; i < MAX_ASCENT; i++) {
    found = aliasesByDirectory.get(current);
    if (found !== undefined) break;
    visited.push(current);
    found = readAliases(join(current, 'tsconfig.json'));
    if (found !== undefined || current.endsWith('node_modules')) break;
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const directoryOnPath of visited) aliasesByDirectory.set(directoryOnPath, found ?? null);
  return found ?? undefined;
}

/** `compilerOptions.paths` of one tsconfig.json; `null` when it has none or is not readable. */
function readAliases(path: string): PathAliases | null | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const config = JSON.parse(withoutComments(text)) as { compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> } };
    const options = config.compilerOptions;
    if (!options?.paths) return null;
    return { base: resolve(dirname(path), options.baseUrl ?? '.'), paths: options.paths };
  } catch {
    return null;
  }
}

/** tsconfig.json is JSON with comments and trailing commas. */
function withoutComments(text: string): string {
  return text
    .replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (match, string: string | undefined) => string ?? '')
    .replace(/,(\s*[}\]])/g, '$1');
}
