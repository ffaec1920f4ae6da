/**
 * oxlint runs ESLint plugins through `jsPlugins` in `.oxlintrc.json`. The built plugin is installed in a temporary
 * project and run by the real oxlint on the example app; its findings must be ESLint's, one for one.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import parser from '@typescript-eslint/parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_GLOBALS, exampleAppFindingsInFlatESLint, findingLine } from '../support/example-app-findings';
import { createPluginProject, EXAMPLE_APP, REPO_ROOT, type PluginProject } from '../support/plugin-project';
import { CORS_RULE_IDS } from '../../src/model/rule-ids';

const OXLINT_BIN = path.join(REPO_ROOT, 'node_modules/oxlint/bin/oxlint');
const run = promisify(execFile);

interface OxlintDiagnostic {
  message: string;
  code: string;
  filename: string;
  labels: Array<{ span: { line: number; column: number } }>;
}

describe('the built plugin in oxlint (jsPlugins)', { timeout: 60_000 }, () => {
  let project: PluginProject;

  async function oxlint(...args: string[]): Promise<string> {
    try {
      return (await run(process.execPath, [OXLINT_BIN, ...args], { cwd: project.dir })).stdout;
    } catch (error) {
      const failed = error as { code?: number; stdout: string; stderr: string };
      if (failed.code !== 1) throw new Error(`oxlint failed (${failed.code}): ${failed.stderr}`);
      return failed.stdout;
    }
  }

  beforeAll(async () => {
    const plugin = (await import(path.join(REPO_ROOT, 'dist/index.js'))).default;
    // oxlint has no `extends` for a JS plugin's configs: the rules are listed one by one.
    const oxlintrc = { plugins: [], jsPlugins: ['eslint-plugin-cors'], rules: plugin.configs.recommended.rules };
    project = createPluginProject({
      copy: { app: path.relative(REPO_ROOT, EXAMPLE_APP) },
      texts: { '.oxlintrc.json': JSON.stringify(oxlintrc, null, 2) },
    });
  });
  afterAll(() => project.remove());

  it('reports on the example app exactly what ESLint 10 reports', async () => {
    const { diagnostics } = JSON.parse(await oxlint('--format', 'json', 'app')) as { diagnostics: OxlintDiagnostic[] };
    // oxlint writes rule ids as `cors(no-reflected-origin)`.
    const found = diagnostics
      .map((d) =>
        findingLine(path.relative('app', d.filename), d.labels[0]!.span.line, d.labels[0]!.span.column, d.code.replace(/^(\w+)\((.+)\)$/, '$1/$2'), d.message),
      )
      .sort();
    const expected = await exampleAppFindingsInFlatESLint();
    expect(new Set(expected.map((line) => line.split(' ')[1])).size).toBe(CORS_RULE_IDS.length);
    expect(found).toEqual(expected);
  });

  it('applies the rules\' suggestions with --fix-suggestions as ESLint would', async () => {
    const file = 'app/web/api-client.js';
    const original = readFileSync(project.path(file), 'utf8');
    const eslint = new ESLint({
      cwd: project.dir,
      overrideConfigFile: true,
      overrideConfig: [
        { languageOptions: { parser, globals: EXAMPLE_GLOBALS } },
        (await import(path.join(REPO_ROOT, 'dist/index.js'))).default.configs.recommended,
      ],
    });
    const [result] = await eslint.lintText(original, { filePath: project.path(file) });
    const fixes = result!.messages.filter((m) => m.suggestions?.length).map((m) => m.suggestions![0]!.fix).sort((a, b) => b.range[0] - a.range[0]);
    expect(fixes).toHaveLength(3);
    const expected = fixes.reduce((text, fix) => text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]), original);

    await oxlint('--fix-suggestions', file);
    expect(readFileSync(project.path(file), 'utf8')).toBe(expected);
  });
});
