/**
 * transformSource's plumbing, with stand-ins for the analysis and the transforms (see ./support):
 * passes, re-detection, the allowlist, review comments, BOMs, refusals and idempotence.
 */
import { describe, expect, it, vi } from 'vitest';
import { transformSource, type TransformSourceOptions } from '../../codemods/run/transform-source';
import { rules } from '../../rules';
import { useRuleMessages } from './support/fake-analysis';

vi.mock('../../src/analysis', () => import('./support/fake-analysis'));
vi.mock('../../codemods/transforms/registry', () => import('./support/fake-registry'));
useRuleMessages(rules);

const OPTIONS: TransformSourceOptions = { allowOrigins: ['https://app.example.com'], allowOriginsEnv: 'CORS_ALLOWED_ORIGINS' };
const ONLY = (id: NonNullable<TransformSourceOptions['transforms']>[number]) => ({ ...OPTIONS, transforms: [id] });
const DECLARATION = [
  '// Origins allowed to read cross-origin responses; more come from the comma-separated CORS_ALLOWED_ORIGINS variable.',
  'const allowedOrigins = new Set([',
  "  'https://app.example.com',",
  "  ...(process.env.CORS_ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean),",
  ']);',
].join('\n');

describe('transformSource', () => {
  it('rewrites the sites, declares the allowlist once and counts the fixed sites', () => {
    const input = "import { reflect } from './headers';\n\nexport function a(origin) {\n  reflect(origin);\n}\nexport function b(o) {\n  reflect(o);\n}\n";
    const result = transformSource(input, '/repo/server.js', ONLY('allowlist-reflected-origin'));
    expect(result).toEqual({
      text: `import { reflect } from './headers';\n\n${DECLARATION}\n\nexport function a(origin) {\n  reflect(allowedOrigins.has(origin) ? origin : undefined);\n}\nexport function b(o) {\n  reflect(allowedOrigins.has(o) ? o : undefined);\n}\n`,
      changed: true,
      applied: expect.objectContaining({ 'allowlist-reflected-origin': 2, 'harden-origin-check': 0 }),
      reviews: [],
    });
    expect(transformSource(result.text, '/repo/server.js', ONLY('allowlist-reflected-origin'))).toEqual({ ...result, changed: false, applied: expect.objectContaining({ 'allowlist-reflected-origin': 0 }) });
  });

  it('runs only the selected transforms', () => {
    const input = 'reflect(origin);\n';
    expect(transformSource(input, '/repo/a.js', ONLY('drop-forbidden-request-headers'))).toMatchObject({ text: input, changed: false });
  });

  it('keeps a byte order mark', () => {
    const result = transformSource('\uFEFFreflect(origin);\n', '/repo/a.js', ONLY('allowlist-reflected-origin'));
    expect(result.text.startsWith(`\uFEFF${DECLARATION.split('\n')[0]}`)).toBe(true);
    expect(result.text.endsWith('reflect(allowedOrigins.has(origin) ? origin : undefined);\n')).toBe(true);
  });

  it('comments each site left for review once and lists its comment line, on later runs too', () => {
    const input = 'export function handle(req, res) {\n  varyless(res);\n  manual(req);\n}\n';
    const result = transformSource(input, '/repo/a.js', OPTIONS);
    expect(result.text).toBe(
      'export function handle(req, res) {\n  // cors-codemod: review: the response is built in another module\n  varyless(res);\n  // cors-codemod: review: the origin is decided in another module\n  manual(req);\n}\n',
    );
    expect(result.reviews).toEqual([
      { line: 2, reason: 'the response is built in another module' },
      { line: 4, reason: 'the origin is decided in another module' },
    ]);
    const again = transformSource(result.text, '/repo/a.js', OPTIONS);
    expect(again).toMatchObject({ text: result.text, changed: false, reviews: result.reviews });
  });

  it("lists a manual-review site only when a transform that owns its rule runs", () => {
    const input = 'manual(req);\n';
    expect(transformSource(input, '/repo/a.js', ONLY('append-vary-origin'))).toMatchObject({ text: input, reviews: [] });
    expect(transformSource(input, '/repo/a.js', ONLY('harden-origin-check')).reviews).toEqual([
      { line: 1, reason: 'the origin is decided in another module' },
    ]);
  });

  it('removes what a transform removes and re-detects before the next transform', () => {
    const input = "fetch('/a');\nreflect(origin);\n";
    const result = transformSource(input, '/repo/a.js', OPTIONS);
    // The stand-in removes the statement only, so its line break stays.
    expect(result.text).toBe(`\n${DECLARATION}\n\nreflect(allowedOrigins.has(origin) ? origin : undefined);\n`);
    expect(result.applied).toMatchObject({ 'allowlist-reflected-origin': 1, 'drop-forbidden-request-headers': 1 });
  });

  it('returns the input untouched with an error when a transform output does not parse', () => {
    const input = 'if (weak(origin)) allow();\n';
    const result = transformSource(input, '/repo/a.js', OPTIONS);
    expect(result).toMatchObject({ text: input, changed: false, reviews: [] });
    expect(result.error).toMatch(/^transform harden-origin-check produced code that does not parse, file left unchanged: could not parse: /);
  });

  it('returns the input untouched with an error when a transform throws', () => {
    const input = 'explode(options);\nreflect(origin);\n';
    expect(transformSource(input, '/repo/a.js', OPTIONS)).toMatchObject({ text: input, changed: false, error: 'rewrite failed: boom' });
  });

  it('skips input that does not parse, saying why', () => {
    const result = transformSource('reflect(origin;\n', '/repo/a.js', OPTIONS);
    expect(result).toMatchObject({ text: 'reflect(origin;\n', changed: false });
    expect(result.skipped).toMatch(/^could not parse: Parsing error: /);
    expect(result.error).toBeUndefined();
  });

  it('rejects unknown transform ids', () => {
    expect(() => transformSource('', '/repo/a.js', { ...OPTIONS, transforms: ['nope' as never] })).toThrow(/unknown transform nope/);
  });
});
