/**
 * The append-vary-origin transform on its own: detect with the rules' core, apply only this
 * transform's edits, compare with the fixture output, and check that a second pass finds nothing.
 * (The shared harness in fixtures.test.ts runs the same pairs through the full runner.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { transform } from '../../codemods/append-vary-origin';
import { detectFindings } from '../../codemods/detect';
import { applyEdits } from '../../codemods/text-edits';
import type { TransformContext } from '../../codemods/transform';
import type { AppendVaryOriginRepair, Range } from '../../src/model/repair';

const FIXTURES = path.join(import.meta.dirname, '__testfixtures__', 'append-vary-origin');
const INPUT = /^(?<name>.+)\.input\.(?<ext>[cm]?[jt]sx?)$/;

interface Pass {
  readonly text: string;
  readonly repairs: number;
  readonly reviews: ReadonlyArray<{ range: Range; reason: string }>;
}

function runOnce(text: string, filename: string): Pass {
  const detection = detectFindings(text, filename);
  if (!detection.ok) throw new Error(detection.reason);
  const repairs = detection.findings.flatMap((finding) =>
    finding.repair?.kind === 'append-vary-origin' ? [finding.repair as AppendVaryOriginRepair] : [],
  );
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, compilerOptions: { allowJs: true } });
  const sourceFile = project.createSourceFile(`/virtual/${path.basename(filename)}`, text);
  const reviews: Array<{ range: Range; reason: string }> = [];
  const context: TransformContext = {
    options: { allowOrigins: [], allowOriginsEnv: 'CORS_ALLOWED_ORIGINS' },
    useAllowlist: () => 'allowedOrigins',
    review: (range, reason) => void reviews.push({ range, reason }),
  };
  const edits = transform.apply(sourceFile, repairs, context);
  return { text: applyEdits(text, edits), repairs: repairs.length, reviews };
}

const cases = readdirSync(FIXTURES).flatMap((file) => {
  const match = INPUT.exec(file);
  return match?.groups ? [{ file, output: `${match.groups.name}.output.${match.groups.ext}` }] : [];
});

describe('append-vary-origin fixtures', () => {
  it.each(cases)('$file', ({ file, output }) => {
    const inputPath = path.join(FIXTURES, file);
    const input = readFileSync(inputPath, 'utf8');
    const expected = readFileSync(path.join(FIXTURES, output), 'utf8');
    const first = runOnce(input, inputPath);
    expect(first.reviews).toEqual([]);
    expect(first.text).toBe(expected);
    const second = runOnce(first.text, inputPath);
    expect(second.repairs, 'the output still has findings this transform owns').toBe(0);
    expect(second.text).toBe(first.text);
  });
});

describe('append-vary-origin sites it leaves for review', () => {
  const cases = [
    {
      name: 'an arrow function with an expression body',
      code: "import express from 'express';\nconst app = express();\napp.get('/', (req, res) => res.set('Access-Control-Allow-Origin', req.headers.origin).end());\n",
    },
    {
      name: 'a write at the top level of a module',
      code: "const headers = new Headers();\nheaders.set('Access-Control-Allow-Origin', location.origin);\nexport { headers };\n",
    },
  ];
  it.each(cases)('$name', ({ code }) => {
    const pass = runOnce(code, '/virtual/review.ts');
    expect(pass.repairs).toBe(1);
    expect(pass.text).toBe(code);
    expect(pass.reviews).toHaveLength(1);
    expect(pass.reviews[0]!.reason).toMatch(/Vary/);
  });
});
