import path from 'node:path';
import { ancestors, readText } from './file-system';

/** The parts of a package.json the environment evidence reads. */
export interface PackageManifest {
  /** The directory holding the package.json. */
  readonly dir: string;
  /** `dependencies` and `peerDependencies`: what the package runs with. */
  readonly runtime: ReadonlySet<string>;
  /** Every dependency, `devDependencies` and `optionalDependencies` included. */
  readonly all: ReadonlySet<string>;
  readonly hasBrowserField: boolean;
  /** A `jest` key, whose `testEnvironment` may be a DOM. */
  readonly jest: unknown;
  /** A workspace root (`workspaces`), where searches for configs stop. */
  readonly isWorkspaceRoot: boolean;
}

const nearestByDir = new Map<string, PackageManifest | null>();

/** The package.json closest to `dir` (itself or an ancestor) that parses; cached per directory. */
export function nearestPackage(dir: string): PackageManifest | undefined {
  const visited: string[] = [];
  let found: PackageManifest | null = null;
  for (const current of ancestors(dir)) {
    const cached = nearestByDir.get(current);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    visited.push(current);
    const manifest = readManifest(current);
    if (manifest) {
      found = manifest;
      break;
    }
  }
  for (const current of visited) nearestByDir.set(current, found);
  return found ?? undefined;
}

function readManifest(dir: string): PackageManifest | undefined {
  const text = readText(path.join(dir, 'package.json'));
  if (text === undefined) return undefined;
  // A package.json that does not parse still marks the package: it just tells nothing.
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = {};
  }
  const data = (typeof json === 'object' && json !== null && !Array.isArray(json) ? json : {}) as Record<string, unknown>;
  const names = (key: string) => {
    const value = data[key];
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value) : [];
  };
  const runtime = [...names('dependencies'), ...names('peerDependencies')];
  return {
    dir,
    runtime: new Set(runtime),
    all: new Set([...runtime, ...names('devDependencies'), ...names('optionalDependencies')]),
    hasBrowserField: typeof data['browser'] === 'string' || (typeof data['browser'] === 'object' && data['browser'] !== null),
    jest: data['jest'],
    isWorkspaceRoot: data['workspaces'] !== undefined,
  };
}

export function clearPackageCache(): void {
  nearestByDir.clear();
}
