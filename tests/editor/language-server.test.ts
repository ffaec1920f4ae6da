/**
 * The editor path: VS Code's ESLint language server (`vscode-eslint-language-server`) on a project that turns the
 * plugin on through `extends` in its eslint.config.js (the example app, with the plugin installed). Squiggles must be
 * ESLint's findings, with their ranges and messages, and the quick fixes must be the rules' suggestions.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPluginProject, EXAMPLE_APP, REPO_ROOT, type PluginProject } from '../support/plugin-project';
import { applyEdits, EslintLanguageClient, type Diagnostic } from './eslint-language-server';

/** Files of the example app that together hold a finding of every rule. */
const FILES = ['server/express-app.js', 'server/headers.js', 'web/api-client.js', 'web/orders.service.ts'];
const LANGUAGE = { '.js': 'javascript', '.ts': 'typescript' } as Record<string, string>;

const ruleIdOf = (diagnostic: Diagnostic) => String(diagnostic.code);

describe('the plugin in the ESLint language server', { timeout: 60_000 }, () => {
  let project: PluginProject;
  let client: EslintLanguageClient;
  let eslint: ESLint;
  const uris = new Map<string, string>();
  const diagnostics = new Map<string, Diagnostic[]>();

  beforeAll(async () => {
    project = createPluginProject({ copy: { '.': path.relative(REPO_ROOT, EXAMPLE_APP) } });
    eslint = new ESLint({ cwd: project.dir });
    const started = performance.now();
    client = await EslintLanguageClient.start(project.dir);
    for (const file of FILES) {
      const uri = await client.open(project.path(file), readFileSync(project.path(file), 'utf8'), LANGUAGE[path.extname(file)]!);
      uris.set(file, uri);
      const opened = performance.now();
      diagnostics.set(file, await client.diagnostics(uri));
      // Recorded in the README's performance section; printed, not asserted.
      if (file === FILES[0]) console.log(`time to first diagnostics: ${Math.round(performance.now() - started)} ms from server start`);
      else console.log(`${file}: diagnostics ${Math.round(performance.now() - opened)} ms after opening`);
    }
  }, 60_000);
  afterAll(async () => {
    await client?.stop();
    project?.remove();
  });

  it('shows every rule\'s finding with ESLint\'s rule id, range and message', async () => {
    expect(client.errors).toEqual([]);
    const seen = new Set<string>();
    for (const file of FILES) {
      const [result] = await eslint.lintFiles([project.path(file)]);
      const expected = result!.messages.map((m) => ({
        ruleId: m.ruleId,
        range: { start: { line: m.line - 1, character: m.column - 1 }, end: { line: m.endLine! - 1, character: m.endColumn! - 1 } },
        message: m.message,
      }));
      const shown = diagnostics.get(file)!.map((d) => ({ ruleId: ruleIdOf(d), range: d.range, message: d.message }));
      expect(shown, file).toEqual(expected);
      for (const d of diagnostics.get(file)!) {
        expect(d.source).toBe('eslint');
        expect(d.severity).toBe(1); // error, as the config sets the rules
        expect(d.codeDescription?.href).toMatch(new RegExp(`/docs/rules/${ruleIdOf(d).slice('cors/'.length)}\\.md$`));
        seen.add(ruleIdOf(d));
      }
    }
    expect([...seen].sort()).toEqual(Object.keys((await import(path.join(REPO_ROOT, 'dist/index.js'))).default.configs.recommended.rules).sort());
  });

  it('offers each finding\'s suggestions as quick fixes', async () => {
    for (const file of FILES) {
      const [result] = await eslint.lintFiles([project.path(file)]);
      const shown = diagnostics.get(file)!;
      for (const [index, message] of result!.messages.entries()) {
        const actions = await client.codeActions(uris.get(file)!, shown[index]!);
        const suggestionTitles = actions.filter((a) => a.command?.command === 'eslint.applySuggestion').map((a) => a.title);
        expect(suggestionTitles, `${file}:${message.line} ${message.ruleId}`).toEqual(
          (message.suggestions ?? []).map((s) => `${s.desc} (${message.ruleId})`),
        );
      }
    }
  });

  it('applies a suggestion to the open file, and the finding goes away', async () => {
    const file = 'server/express-app.js';
    const uri = uris.get(file)!;
    const before = client.text(uri);
    const weakCheck = diagnostics.get(file)!.find((d) => ruleIdOf(d) === 'cors/no-weak-origin-check')!;
    const [action] = (await client.codeActions(uri, weakCheck)).filter((a) => a.command?.command === 'eslint.applySuggestion');

    const [result] = await eslint.lintText(before, { filePath: project.path(file) });
    const suggestion = result!.messages.find((m) => m.ruleId === 'cors/no-weak-origin-check')!.suggestions![0]!;
    const expected = before.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + before.slice(suggestion.fix.range[1]);

    await client.run(action!);
    expect(client.text(uri)).toBe(expected);
    expect(client.text(uri)).not.toBe(before);
    const after = await client.diagnostics(uri);
    expect(after.filter((d) => ruleIdOf(d) === 'cors/no-weak-origin-check')).toEqual([]);
    expect(after.length).toBe(diagnostics.get(file)!.length - 1);
  });

  it('applies LSP edits by line and character', () => {
    const edit = (line: number, from: number, to: number, newText: string) => ({
      range: { start: { line, character: from }, end: { line, character: to } },
      newText,
    });
    expect(applyEdits('ab\ncd\n', [edit(1, 0, 1, 'X'), edit(0, 1, 2, '')])).toBe('a\nXd\n');
  });
});
