/**
 * The allowlist-cors-options transform on its own, without the runner's registry: detect with the
 * rules' core, apply the transform's edits and the allowlist declaration, then detect again. The
 * shared fixture harness (fixtures.test.ts) runs the same pairs through `transformSource`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Project, ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { transform } from '../../codemods/transforms/allowlist-cors-options';
import { allowlistDeclarationEdit, chooseAllowlistName } from '../../codemods/transforms/editing/allowlist';
import { detectFindings, type DetectedFinding } from '../../codemods/run/detect';
import { applyEdits } from '../../codemods/transforms/editing/text-edits';
import type { AllowlistCorsOptionsRepair } from '../../src/model/repair';

const FIXTURES = path.join(import.meta.dirname, '__testfixtures__', 'allowlist-cors-options');
const OPTIONS = { allowOrigins: ['https://app.example.com'], allowOriginsEnv: 'CORS_ALLOWED_ORIGINS' };
const LIBRARY_RULES = new Set(['no-reflected-origin', 'no-wildcard-with-credentials']);

function detect(text: string, filename: string): readonly DetectedFinding[] {
  const detection = detectFindings(text, filename);
  if (!detection.ok) throw new Error(`does not parse: ${detection.reason}`);
  return detection.findings;
}

function repairsIn(findings: readonly DetectedFinding[]): AllowlistCorsOptionsRepair[] {
  return findings.flatMap((finding) => (finding.repair?.kind === 'allowlist-cors-options' ? [finding.repair] : []));
}

/** One run of the transform the way the runner does it, minus review comments. */
function run(text: string, filename: string): { text: string; reviews: string[] } {
  const project = new Project({ useInMemoryFileSystem: true, skipFileDependencyResolution: true, skipLoadingLibFiles: true, compilerOptions: { allowJs: true, jsx: ts.JsxEmit.Preserve } });
  const virtual = `/virtual/${path.basename(filename)}`;
  const repairs = repairsIn(detect(text, filename));
  if (repairs.length === 0) return { text, reviews: [] };
  const sourceFile = project.createSourceFile(virtual, text, { overwrite: true });
  let name: string | undefined;
  const reviews: string[] = [];
  const edits = transform.apply(sourceFile, repairs, {
    options: OPTIONS,
    useAllowlist: () => (name ??= chooseAllowlistName(sourceFile, OPTIONS.allowOriginsEnv)),
    review: (_range, reason) => void reviews.push(reason),
  });
  const edited = applyEdits(text, edits);
  if (!name) return { text: edited, reviews };
  const declaration = allowlistDeclarationEdit(project.createSourceFile(virtual, edited, { overwrite: true }), name, OPTIONS, filename);
  return { text: declaration ? applyEdits(edited, [declaration]) : edited, reviews };
}

// Pairs whose output holds a review comment show the runner's part (fixtures.test.ts runs them);
// this harness runs the transform alone.
const cases = readdirSync(FIXTURES).flatMap((file) => {
  const match = /^(.+)\.input\.([cm]?[jt]sx?)$/.exec(file);
  if (!match) return [];
  const output = path.join(FIXTURES, `${match[1]}.output.${match[2]}`);
  return readFileSync(output, 'utf8').includes('cors-codemod: review:') ? [] : [{ name: file, input: path.join(FIXTURES, file), output }];
});

describe('allowlist-cors-options', () => {
  it.each(cases)('$name', ({ input, output }) => {
    expect(existsSync(output)).toBe(true);
    const source = readFileSync(input, 'utf8');
    const first = run(source, input);
    expect(first.reviews).toEqual([]);
    expect(first.text).toBe(readFileSync(output, 'utf8'));
    // The rewritten configuration is no longer reported, so a second run changes nothing.
    const after = detect(first.text, input).filter((finding) => LIBRARY_RULES.has(finding.ruleId));
    expect(after.map((finding) => `${finding.ruleId}: ${finding.message}`)).toEqual([]);
    expect(run(first.text, input).text).toBe(first.text);
  });

  it('leaves micro-cors, which cannot express a list, for manual review', () => {
    const code = "const microCors = require('micro-cors');\nmodule.exports = microCors()(handler);\n";
    const findings = detect(code, 'api.js');
    expect(findings.map((finding) => finding.repair?.kind)).toEqual(['manual-review']);
    expect(run(code, 'api.js').text).toBe(code);
  });
});
