/**
 * Security pipelines: the example app linted from the command line into SARIF, through @microsoft/eslint-formatter-sarif
 * and through the plugin's formatter that adds what GitHub code scanning reads (CWE tags, security-severity).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPluginProject, EXAMPLE_APP, REPO_ROOT, type PluginProject } from '../support/plugin-project';
import { CORS_RULE_IDS } from '../../src/model/rule-ids';

const ESLINT_BIN = path.join(REPO_ROOT, 'node_modules/eslint/bin/eslint.js');
const run = promisify(execFile);

interface SarifResult {
  ruleId: string;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }>;
}
interface SarifRule {
  id: string;
  helpUri: string;
  shortDescription: { text: string };
  properties: Record<string, unknown>;
}
interface SarifLog {
  version: string;
  runs: Array<{ tool: { driver: { rules: SarifRule[] } }; results: SarifResult[] }>;
}

describe('SARIF output for the example app', { timeout: 60_000 }, () => {
  let project: PluginProject;
  /** ESLint's own JSON for the same run: what the SARIF must carry. */
  let expected: Array<{ file: string; ruleId: string; line: number; column: number; message: string }>;
  let rulesMeta: Record<string, { docs: { cwe: string; severity: string; url: string } }>;

  /** The README's command, run in a project that installed the plugin. Exit code 1 means "problems found". */
  async function eslint(...args: string[]): Promise<string> {
    try {
      return (await run(process.execPath, [ESLINT_BIN, '.', ...args], { cwd: project.dir })).stdout;
    } catch (error) {
      const failed = error as { code?: number; stdout: string; stderr: string };
      if (failed.code !== 1) throw new Error(`eslint failed: ${failed.stderr}`);
      return failed.stdout;
    }
  }

  beforeAll(async () => {
    project = createPluginProject({ copy: { '.': path.relative(REPO_ROOT, EXAMPLE_APP) } });
    const json = JSON.parse(await eslint('--format', 'json-with-metadata')) as {
      results: Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number; message: string }> }>;
      metadata: { rulesMeta: typeof rulesMeta };
    };
    rulesMeta = json.metadata.rulesMeta;
    expected = json.results.flatMap((result) =>
      result.messages.map(({ ruleId, line, column, message }) => ({ file: result.filePath, ruleId, line, column, message })),
    );
  }, 60_000);
  afterAll(() => project.remove());

  function resultsOf(log: SarifLog) {
    return log.runs[0]!.results.map((result) => {
      const location = result.locations[0]!.physicalLocation;
      return {
        file: new URL(location.artifactLocation.uri).pathname,
        ruleId: result.ruleId,
        line: location.region.startLine,
        column: location.region.startColumn,
        message: result.message.text,
      };
    });
  }

  it('lints the example app with findings of every recommended rule', () => {
    expect(new Set(expected.map((finding) => finding.ruleId)).size).toBe(CORS_RULE_IDS.length);
  });

  it('carries every finding with its rule id, file and position through @microsoft/eslint-formatter-sarif', async () => {
    const log = JSON.parse(await eslint('--format', '@microsoft/eslint-formatter-sarif')) as SarifLog;
    expect(log.version).toBe('2.1.0');
    expect(resultsOf(log)).toEqual(expected.map((finding) => ({ ...finding, file: pathToFileURL(finding.file).pathname })));
    for (const rule of log.runs[0]!.tool.driver.rules) expect(rule.helpUri).toBe(rulesMeta[rule.id]!.docs.url);
  });

  it('adds each rule\'s CWE and severity where code scanning reads them, through the plugin\'s formatter', async () => {
    await eslint('--format', './node_modules/eslint-plugin-cors/dist/sarif.cjs', '--output-file', 'eslint.sarif');
    const log = JSON.parse(readFileSync(project.path('eslint.sarif'), 'utf8')) as SarifLog;
    expect(resultsOf(log)).toEqual(expected.map((finding) => ({ ...finding, file: pathToFileURL(finding.file).pathname })));
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.map((rule) => rule.id).sort()).toEqual(Object.keys(rulesMeta).sort());
    const bands = { critical: [9, 10], high: [7, 8.9], medium: [4, 6.9], low: [0.1, 3.9] } as const;
    for (const rule of rules) {
      const { cwe, severity } = rulesMeta[rule.id]!.docs;
      expect(rule.properties.tags).toEqual(['security', 'cors', `external/cwe/${cwe.toLowerCase()}`]);
      const score = Number(rule.properties['security-severity']);
      const [low, high] = bands[severity as keyof typeof bands];
      expect(score).toBeGreaterThanOrEqual(low);
      expect(score).toBeLessThanOrEqual(high);
    }
    const byId = Object.fromEntries(rules.map((rule) => [rule.id, rule.properties]));
    expect(byId['cors/no-reflected-origin']).toMatchObject({ tags: expect.arrayContaining(['external/cwe/cwe-942']), 'security-severity': '8.1' });
    expect(byId['cors/no-weak-origin-check']).toMatchObject({ tags: expect.arrayContaining(['external/cwe/cwe-346']) });
  });
});
