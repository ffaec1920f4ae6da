import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { transform } from '../../codemods/transforms/allowlist-reflected-origin';
import type { TransformContext } from '../../codemods/transforms/transform';
import type { AllowlistReflectedOriginRepair, Range } from '../../src/model/repair';
import type { TextEdit } from '../../src/model/finding';

/** Runs the transform on an in-memory file with hand-made repairs; returns the new text and reviews. */
function run(filename: string, text: string, repairs: AllowlistReflectedOriginRepair[]) {
  const sourceFile = new Project({ useInMemoryFileSystem: true }).createSourceFile(filename, text);
  const reviews: Array<{ range: Range; reason: string }> = [];
  let allowlistUses = 0;
  const context: TransformContext = {
    options: { allowOrigins: [], allowOriginsEnv: 'CORS_ALLOWED_ORIGINS' },
    useAllowlist: () => {
      allowlistUses++;
      return 'allowedOrigins';
    },
    review: (range, reason) => void reviews.push({ range, reason }),
  };
  const edits: TextEdit[] = transform.apply(sourceFile, repairs, context);
  const output = [...edits]
    .sort((a, b) => b.range[0] - a.range[0])
    .reduce((current, edit) => current.slice(0, edit.range[0]) + edit.text + current.slice(edit.range[1]), text);
  return { output, reviews, allowlistUses };
}

/** A repair over the first occurrences of `write` and `value` in `text`. */
function repairOf(text: string, write: string, value: string, originText: string, keepValue = true): AllowlistReflectedOriginRepair {
  const start = text.indexOf(write);
  const valueStart = text.indexOf(value, start);
  return {
    kind: 'allowlist-reflected-origin',
    writeRange: [start, start + write.length],
    valueRange: [valueStart, valueStart + value.length],
    originText,
    details: keepValue ? { keepValue: 'true' } : {},
  };
}

describe('allowlist-reflected-origin transform', () => {
  it('wraps a statement, in the file quote style', () => {
    const text = 'function cors(req, res) {\n  res.setHeader("Access-Control-Allow-Origin", req.headers.origin);\n}\n';
    const write = 'res.setHeader("Access-Control-Allow-Origin", req.headers.origin);';
    const { output } = run('cors.js', text, [repairOf(text, write, 'req.headers.origin', 'req.headers.origin')]);
    expect(output).toBe(
      'function cors(req, res) {\n  if (allowedOrigins.has(req.headers.origin ?? "")) res.setHeader("Access-Control-Allow-Origin", req.headers.origin);\n}\n',
    );
  });

  it('wraps a statement without a semicolon', () => {
    const text = "function cors(req, res) {\n  res.set('Access-Control-Allow-Origin', req.get('origin'))\n}\n";
    const write = "res.set('Access-Control-Allow-Origin', req.get('origin'))";
    const { output } = run('cors.js', text, [repairOf(text, write, "req.get('origin')", "req.get('origin')")]);
    expect(output).toContain("  if (allowedOrigins.has(req.get('origin') ?? '')) res.set('Access-Control-Allow-Origin', req.get('origin'))\n");
  });

  it('parenthesizes a fallback chain in the check', () => {
    const text = "export const handler = async (event) => ({ headers: { 'Access-Control-Allow-Origin': event.headers.origin ?? event.headers.Origin } });";
    const write = "'Access-Control-Allow-Origin': event.headers.origin ?? event.headers.Origin";
    const origin = 'event.headers.origin ?? event.headers.Origin';
    const { output } = run('handler.js', text, [repairOf(text, write, origin, origin)]);
    expect(output).toBe(
      "export const handler = async (event) => ({ headers: { ...(allowedOrigins.has((event.headers.origin ?? event.headers.Origin) ?? '') ? { 'Access-Control-Allow-Origin': event.headers.origin ?? event.headers.Origin } : {}) } });",
    );
  });

  it('replaces a constant value by the origin, non-null in TypeScript', () => {
    const text = "function cors(req, res) { res.setHeader('Access-Control-Allow-Origin', '*'); }";
    const write = "res.setHeader('Access-Control-Allow-Origin', '*');";
    const repair = repairOf(text, write, "'*'", 'req.headers.origin', false);
    expect(run('cors.ts', text, [repair]).output).toBe(
      "function cors(req, res) { if (allowedOrigins.has(req.headers.origin ?? '')) res.setHeader('Access-Control-Allow-Origin', req.headers.origin!); }",
    );
    expect(run('cors.js', text, [repair]).output).toBe(
      "function cors(req, res) { if (allowedOrigins.has(req.headers.origin ?? '')) res.setHeader('Access-Control-Allow-Origin', req.headers.origin); }",
    );
  });

  it('leaves a write it cannot wrap for review, without declaring the allowlist', () => {
    const text = "const handler = (request, h) => h.response({}).header('Access-Control-Allow-Origin', request.headers.origin);";
    const write = "h.response({}).header('Access-Control-Allow-Origin', request.headers.origin)";
    const { output, reviews, allowlistUses } = run('route.js', text, [repairOf(text, write, 'request.headers.origin', 'request.headers.origin')]);
    expect(output).toBe(text);
    expect(reviews).toHaveLength(1);
    expect(allowlistUses).toBe(0);
  });
});
