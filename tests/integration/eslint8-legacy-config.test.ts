/**
 * ESLint 8 with an `.eslintrc.json`: the legacy repositories the codemod is for. The plugin is installed in a
 * temporary project (linked to the built package) and named by its package, as ESLint 8 users do.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_GLOBALS, exampleAppFindingsInFlatESLint, findingLine } from '../support/example-app-findings';
import { createPluginProject, EXAMPLE_APP, REPO_ROOT, type PluginProject } from '../support/plugin-project';

const eslintrc = (extendsName: string) =>
  JSON.stringify(
    {
      root: true,
      parser: '@typescript-eslint/parser',
      parserOptions: { ecmaVersion: 'latest', sourceType: 'module' },
      globals: EXAMPLE_GLOBALS,
      extends: [extendsName],
    },
    null,
    2,
  );

interface LintMessage {
  ruleId: string | null;
  line: number;
  column: number;
  message: string;
  suggestions?: unknown[];
}
interface LintResult {
  filePath: string;
  messages: LintMessage[];
}

/** One line per finding, relative to the linted folder, so two ESLint majors can be compared. */
function findingsOf(results: readonly LintResult[], base: string): string[] {
  return results
    .flatMap((result) =>
      result.messages.map((m) => findingLine(path.relative(base, result.filePath), m.line, m.column, m.ruleId, m.message)),
    )
    .sort();
}

describe('the built plugin in ESLint 8 with an .eslintrc.json', { timeout: 60_000 }, () => {
  let project: PluginProject;

  beforeAll(() => {
    project = createPluginProject({
      copy: { app: path.relative(REPO_ROOT, EXAMPLE_APP) },
      texts: { '.eslintrc.json': eslintrc('plugin:cors/recommended-legacy') },
    });
  });
  afterAll(() => project.remove());

  it('runs with ESLint 8.57 or later in eslintrc mode', async () => {
    const { ESLint } = await import('eslint-v8');
    const [major, minor] = ESLint.version.split('.').map(Number);
    expect(major).toBe(8);
    expect(minor).toBeGreaterThanOrEqual(57);
  });

  it('finds in the example app through `plugin:cors/recommended-legacy` what ESLint 10 finds through the flat config', async () => {
    const { ESLint } = await import('eslint-v8');
    const legacy = new ESLint({ cwd: project.dir });
    expect(await legacy.isPathIgnored(project.path('app/server/express-app.js'))).toBe(false);
    const legacyFindings = findingsOf(await legacy.lintFiles(['app/**/*.{js,ts}']), project.path('app'));

    const flatFindings = await exampleAppFindingsInFlatESLint();
    const plugin = (await import(path.join(REPO_ROOT, 'dist/index.js'))).default;

    // No parse errors or crashes hide among the findings: every message is one of the plugin's.
    expect(legacyFindings.filter((line) => !line.includes(' cors/'))).toEqual([]);
    expect(new Set(legacyFindings.map((line) => line.split(' ')[1]))).toEqual(
      new Set(Object.keys(plugin.configs['recommended-legacy'].rules)),
    );
    expect(legacyFindings).toEqual(flatFindings);
  });

  it('turns every rule on through `plugin:cors/all-legacy` and carries the rules\' suggestions', async () => {
    project.write('.eslintrc.json', eslintrc('plugin:cors/all-legacy'));
    const { ESLint } = await import('eslint-v8');
    const results: LintResult[] = await new ESLint({ cwd: project.dir }).lintFiles(['app/**/*.{js,ts}']);
    const messages = results.flatMap((result) => result.messages);
    const plugin = (await import(path.join(REPO_ROOT, 'dist/index.js'))).default;
    expect(new Set(messages.map((m) => m.ruleId))).toEqual(new Set(Object.keys(plugin.configs['all-legacy'].rules)));
    expect(messages.filter((m) => m.ruleId === 'cors/no-weak-origin-check')[0]?.suggestions).toHaveLength(2);
  });
});

describe('the built plugin in ESLint 8 with a flat config', () => {
  it('reports through `cors.configs.recommended` in an eslint.config.js array', async () => {
    const { FlatESLint } = await import('eslint-v8/use-at-your-own-risk');
    const plugin = (await import(path.join(REPO_ROOT, 'dist/index.js'))).default;
    const linter = new FlatESLint({
      cwd: EXAMPLE_APP,
      overrideConfigFile: true,
      overrideConfig: [{ files: ['**/*.js'], languageOptions: { globals: EXAMPLE_GLOBALS } }, plugin.configs.recommended],
    });
    const findings = findingsOf(await linter.lintFiles(['**/*.js']), EXAMPLE_APP);
    const reference = (await exampleAppFindingsInFlatESLint()).filter((line) => line.split(':')[0]!.endsWith('.js'));
    expect(reference.length).toBeGreaterThan(10);
    expect(findings).toEqual(reference);
  });
});
