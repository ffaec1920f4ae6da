/**
 * The drop-forbidden-request-headers transform on its own: detection by the rules' core, the
 * transform's edits on an in-memory ts-morph file, and a second run that must change nothing.
 * (The shared harness in fixtures.test.ts runs the same fixture pairs through the full runner.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { detectFindings } from '../../codemods/run/detect';
import { transform } from '../../codemods/transforms/drop-forbidden-request-headers';
import { applyEdits, partitionEdits } from '../../codemods/transforms/editing/text-edits';
import type { TransformContext } from '../../codemods/transforms/transform';
import type { DropForbiddenRequestHeadersRepair } from '../../src/model/repair';
import { planRemovals, type ListInfo } from '../../src/analysis/request-headers/removal-plan';

const FIXTURES = path.join(import.meta.dirname, '__testfixtures__', transform.id);

/** The transform never needs the allowlist or review hooks; calling one is a bug. */
const context: TransformContext = {
  options: { allowOrigins: [], allowOriginsEnv: 'CORS_ALLOWED_ORIGINS' },
  useAllowlist: () => {
    throw new Error('drop-forbidden-request-headers must not use the allowlist');
  },
  review: () => {
    throw new Error('drop-forbidden-request-headers leaves reviews to the finding repairs');
  },
};

function repairsIn(text: string, filename: string): DropForbiddenRequestHeadersRepair[] {
  const detection = detectFindings(text, filename);
  if (!detection.ok) throw new Error(detection.reason);
  return detection.findings.flatMap((finding) =>
    finding.repair?.kind === 'drop-forbidden-request-headers' ? [finding.repair] : [],
  );
}

/** One pass: detect, apply the transform's edits. */
function runOnce(text: string, filename: string): string {
  const repairs = repairsIn(text, filename);
  if (repairs.length === 0) return text;
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  const sourceFile = project.createSourceFile(`/virtual/${path.basename(filename)}`, text);
  const { accepted, rejected } = partitionEdits(transform.apply(sourceFile, repairs, context));
  expect(rejected, 'the transform produced overlapping edits').toEqual([]);
  return applyEdits(text, accepted);
}

const fixtureInputs = readdirSync(FIXTURES).filter((file) => file.includes('.input.'));
/** Review comments are the runner's job; those pairs are checked by the shared harness only. */
const ownFixtures = fixtureInputs.filter(
  (file) => !readFileSync(path.join(FIXTURES, file.replace('.input.', '.output.')), 'utf8').includes('cors-codemod: review:'),
);

describe('drop-forbidden-request-headers fixtures', () => {
  it.each(ownFixtures)('%s', (file) => {
    const inputPath = path.join(FIXTURES, file);
    const input = readFileSync(inputPath, 'utf8');
    const expected = readFileSync(inputPath.replace('.input.', '.output.'), 'utf8');
    const output = runOnce(input, inputPath);
    expect(output).toBe(expected);
    expect(repairsIn(output, inputPath), 'every forbidden header is gone after one pass').toEqual([]);
    expect(runOnce(output, inputPath), 'a second run changes nothing').toBe(output);
  });

  it('leaves a header it cannot remove alone for a manual review', () => {
    const inputPath = path.join(FIXTURES, 'manual-review.input.ts');
    const input = readFileSync(inputPath, 'utf8');
    const detection = detectFindings(input, inputPath);
    expect(detection.ok && detection.findings.map((finding) => finding.repair)).toEqual([
      {
        kind: 'manual-review',
        anchorRange: [input.indexOf("'Origin'"), input.indexOf("'Origin'") + "'Origin'".length],
        reason:
          'browsers drop the forbidden request header Origin; remove it by hand: the call that sets it is part of a larger expression',
      },
    ]);
    expect(runOnce(input, inputPath)).toBe(input);
  });
});

describe('drop-forbidden-request-headers edits', () => {
  it('removes nested header objects that all their headers leave empty, up to the headers property', () => {
    const input = `import axios from 'axios';
export const api = axios.create({ baseURL: '/api', headers: { common: { Origin: 'https://a.example', Cookie: 'a=1' } } });
`;
    expect(runOnce(input, '/repo/src/api.ts')).toBe(`import axios from 'axios';
export const api = axios.create({ baseURL: '/api' });
`);
  });

  it('keeps Windows line endings and removes whole lines', () => {
    const input = "fetch('/api', {\r\n  headers: {\r\n    Accept: 'text/html',\r\n    Cookie: 'a=1',\r\n  },\r\n});\r\n";
    expect(runOnce(input, '/repo/src/page.ts')).toBe("fetch('/api', {\r\n  headers: {\r\n    Accept: 'text/html',\r\n  },\r\n});\r\n");
  });

  it('ignores repairs whose details it does not understand', () => {
    const text = "fetch('/api', { headers: { Origin: 'x' } });\n";
    const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
    const sourceFile = project.createSourceFile('/virtual/a.ts', text);
    const repair: DropForbiddenRequestHeadersRepair = {
      kind: 'drop-forbidden-request-headers',
      removeRange: [27, 38],
      details: { shape: 'rewrite-everything' },
    };
    expect(transform.apply(sourceFile, [repair], context)).toEqual([]);
  });
});

describe('planRemovals', () => {
  // `{ a: 1, b: 2, c: 3 }`: one list whose elements start at 2, 8 and 14.
  const inline = '{ a: 1, b: 2, c: 3 }';
  const inlineList: ListInfo = { range: [0, 20], elements: [[2, 6], [8, 12], [14, 18]], empty: '{}' };
  const lookup = () => inlineList;
  const request = (start: number, end: number) => ({ shape: 'list-element' as const, range: [start, end] as const, owners: [] });

  it('removes a leading or middle element with the separator after it', () => {
    const edits = planRemovals(inline, [request(2, 6), request(8, 12)], lookup);
    expect(applyEdits(inline, edits)).toBe('{ c: 3 }');
  });

  it('removes a trailing run with the separator before it', () => {
    const edits = planRemovals(inline, [request(8, 12), request(14, 18)], lookup);
    expect(applyEdits(inline, edits)).toBe('{ a: 1 }');
  });

  it('empties a list without an owner', () => {
    const edits = planRemovals(inline, [request(2, 6), request(8, 12), request(14, 18)], lookup);
    expect(applyEdits(inline, edits)).toBe('{}');
  });

  it('removes whole lines when each element has its own line, trailing comments included', () => {
    const text = '{\n  a: 1,\n  b: 2, // why\n  c: 3\n}';
    const list: ListInfo = { range: [0, text.length], elements: [[4, 8], [12, 16], [27, 31]], empty: '{}' };
    expect(applyEdits(text, planRemovals(text, [request(12, 16)], () => list))).toBe('{\n  a: 1,\n  c: 3\n}');
    expect(applyEdits(text, planRemovals(text, [request(27, 31)], () => list))).toBe('{\n  a: 1,\n  b: 2, // why\n}');
  });

  it('removes a statement with its line, and only its text when it shares the line', () => {
    const text = 'a();\n  h.set(x);\nb(); h.set(y);\n';
    const statement = (start: number, end: number) => ({ shape: 'statement' as const, range: [start, end] as const, owners: [] });
    expect(applyEdits(text, planRemovals(text, [statement(7, 16)], lookup))).toBe('a();\nb(); h.set(y);\n');
    expect(applyEdits(text, planRemovals(text, [statement(22, 31)], lookup))).toBe('a();\n  h.set(x);\nb(); \n');
  });
});
