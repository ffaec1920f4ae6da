import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const PROJECTS = path.join(ROOT, 'tests/real-code/projects');

/** The built plugin, as users install it (run `npm run build` first). */
export async function loadPlugin(): Promise<{ configs: { recommended: Linter.Config; all: Linter.Config } }> {
  const module = (await import(path.join(ROOT, 'dist/index.js'))) as { default: { configs: { recommended: Linter.Config; all: Linter.Config } } };
  return module.default;
}

/**
 * Lints a project in its own directory with ESLint's real `ESLint` class and the config it would
 * have, and lists every message as `file:line rule-id`, sorted.
 */
export async function lintProject(name: string, config: Linter.Config[]): Promise<string[]> {
  const cwd = path.join(PROJECTS, name);
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config });
  const results = await eslint.lintFiles(['.']);
  const findings: string[] = [];
  for (const result of results) {
    const file = path.relative(cwd, result.filePath).split(path.sep).join('/');
    for (const message of result.messages) findings.push(`${file}:${message.line} ${message.ruleId ?? `parser: ${message.message}`}`);
  }
  return findings.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
