import path from 'node:path';
import type { CorsFile } from '../file-context';
import { BROWSER_GLOBALS } from './code-signals';
import { decided, type EnvironmentDecision } from './decision';
import { ancestors, readText } from './file-system';
import { isServerPackage } from './package-evidence';
import { nearestPackage } from './package-json';
import { usesGlobal } from './program-facts';

/** `*.test.*`, `*.spec.*`, and the dashed forms Nest and others use (`*.e2e-spec.ts`). */
const TEST_FILE = /[.-](?:test|spec)\.[cm]?[jt]sx?$/u;
const TESTS_FOLDER = /(?:^|\/)__tests__\//u;
/** Folders of tests that count only next to a server package. */
const SERVER_TESTS_FOLDER = /(?:^|\/)(?:test|tests|e2e)\//u;

/** `@vitest-environment jsdom`, `@jest-environment happy-dom`, in a comment of the file. */
const DOM_DOCBLOCK = /@(?:vitest|jest)-environment\s+(?:jsdom|happy-dom)\b/u;
const DOM_ENVIRONMENT = /['"`](?:jsdom|happy-dom)['"`]|jest-environment-jsdom/u;

const TEST_CONFIGS = ['vitest.config', 'vitest.workspace', 'vite.config', 'jest.config'].flatMap((base) =>
  ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs', 'json'].map((extension) => `${base}.${extension}`),
);

/**
 * A test file runs in Node unless it reads `window` / `document` or runs in a DOM environment
 * (a docblock in the file, or jsdom / happy-dom in the nearest vitest or jest config).
 */
export function testFileEnvironment(file: CorsFile, dir: string, absolute: string): EnvironmentDecision | undefined {
  if (!isTestFile(dir, absolute)) return undefined;
  if (file.sourceCode.getAllComments().some((comment) => DOM_DOCBLOCK.test(comment.value))) return undefined;
  if (usesGlobal(file, BROWSER_GLOBALS)) return undefined;
  if (domTestConfig(dir)) return undefined;
  return decided('server', 'test', 'a test file without a DOM environment');
}

function isTestFile(dir: string, absolute: string): boolean {
  const posix = absolute.split(path.sep).join('/');
  if (TEST_FILE.test(posix) || TESTS_FOLDER.test(posix)) return true;
  const root = nearestPackage(dir)?.dir;
  if (root === undefined || !isServerPackage(dir)) return false;
  return SERVER_TESTS_FOLDER.test(path.relative(root, absolute).split(path.sep).join('/'));
}

const domByDir = new Map<string, boolean>();

/**
 * Whether the nearest test config names a DOM environment. The search climbs from the file's
 * folder and stops at the first config found or at a workspace root, cached per directory.
 */
function domTestConfig(dir: string): boolean {
  const visited: string[] = [];
  let dom = false;
  for (const current of ancestors(dir)) {
    const cached = domByDir.get(current);
    if (cached !== undefined) {
      dom = cached;
      break;
    }
    visited.push(current);
    const config = TEST_CONFIGS.map((name) => readText(path.join(current, name))).find((text) => text !== undefined);
    if (config !== undefined) {
      dom = DOM_ENVIRONMENT.test(config);
      break;
    }
    const manifest = nearestPackage(current);
    if (manifest?.dir === current) {
      if (manifest.jest !== undefined) {
        dom = DOM_ENVIRONMENT.test(JSON.stringify(manifest.jest));
        break;
      }
      if (manifest.isWorkspaceRoot) break;
    }
  }
  for (const current of visited) domByDir.set(current, dom);
  return dom;
}

export function clearTestConfigCache(): void {
  domByDir.clear();
}
