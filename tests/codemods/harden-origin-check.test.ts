import { describe, expect, it } from 'vitest';
import { Project } from 'ts-morph';
import { transform } from '../../codemods/transforms/harden-origin-check';
import type { TransformContext } from '../../codemods/transforms/transform';
import type { HardenOriginCheckRepair } from '../../src/model/repair';
import { applyEdits } from '../../codemods/transforms/editing/text-edits';

function run(code: string, check: string, repair: Partial<HardenOriginCheckRepair> & { details?: Record<string, string> }, allowOrigins = ['https://app.example.com']) {
  const start = code.indexOf(check);
  const sourceFile = new Project({ useInMemoryFileSystem: true }).createSourceFile('/virtual/file.ts', code);
  const reviews: Array<{ range: readonly [number, number]; reason: string }> = [];
  let allowlistUsed = false;
  const context: TransformContext = {
    options: { allowOrigins, allowOriginsEnv: 'CORS_ALLOWED_ORIGINS' },
    useAllowlist: () => ((allowlistUsed = true), 'allowedOrigins'),
    review: (range, reason) => void reviews.push({ range, reason }),
  };
  const full: HardenOriginCheckRepair = {
    kind: 'harden-origin-check',
    checkRange: [start, start + check.length],
    originText: 'origin',
    intendedOrigins: ['https://app.example.com'],
    ...repair,
    details: { site: 'expression', checkText: check, ...repair.details },
  };
  const edits = transform.apply(sourceFile, [full], context);
  return { text: applyEdits(code, edits), reviews, allowlistUsed };
}

describe('harden-origin-check', () => {
  it('swaps the weak check for the allowlist', () => {
    const result = run(`if (origin.endsWith('app.example.com')) allow();`, `origin.endsWith('app.example.com')`, {});
    expect(result.text).toBe(`if (allowedOrigins.has(origin)) allow();`);
    expect(result.allowlistUsed).toBe(true);
    expect(result.reviews).toEqual([]);
  });

  it('keeps a negated check negated, and guards an origin that may be missing', () => {
    expect(run(`if (origin.indexOf('x') === -1) deny();`, `origin.indexOf('x') === -1`, { details: { negated: 'true' } }).text).toBe(
      `if (!allowedOrigins.has(origin)) deny();`,
    );
    expect(run(`if (origin?.startsWith('x')) allow();`, `origin?.startsWith('x')`, { details: { optional: 'true', standalone: 'true' } }).text).toBe(
      `if (typeof origin === 'string' && allowedOrigins.has(origin)) allow();`,
    );
    expect(run(`ok = a || origin?.startsWith('x');`, `origin?.startsWith('x')`, { details: { optional: 'true', standalone: 'false' } }).text).toBe(
      `ok = a || (typeof origin === 'string' && allowedOrigins.has(origin));`,
    );
    expect(run(`if (origin?.indexOf('x') === -1) deny();`, `origin?.indexOf('x') === -1`, { details: { optional: 'true', negated: 'true' } }).text).toBe(
      `if (!(typeof origin === 'string' && allowedOrigins.has(origin))) deny();`,
    );
  });

  it('writes library options in their own list form', () => {
    expect(run(`cors({ origin: /app\\.example\\.com$/ });`, `/app\\.example\\.com$/`, { originText: '', details: { site: 'option-value' } }).text).toBe(
      `cors({ origin: Array.from(allowedOrigins) });`,
    );
    expect(run(`cors({ origin: ['https://a.example', /x/] });`, `/x/`, { originText: '', details: { site: 'option-entry' } }).text).toBe(
      `cors({ origin: ['https://a.example', ...allowedOrigins] });`,
    );
  });

  it('still hardens a check whose origin is missing from --allow-origin, and lists it for review', () => {
    const result = run(`if (origin.includes('partner.example.org')) allow();`, `origin.includes('partner.example.org')`, {
      intendedOrigins: ['https://partner.example.org'],
    });
    expect(result.text).toBe(`if (allowedOrigins.has(origin)) allow();`);
    expect(result.reviews.map((r) => r.reason)).toEqual([
      'now an exact allowlist check; https://partner.example.org passed the old check but is not in --allow-origin: add it there or to CORS_ALLOWED_ORIGINS if it should stay allowed',
    ]);
  });

  it('mentions the subdomains a suffix check used to let through', () => {
    const result = run(`if (origin.endsWith('example.com')) allow();`, `origin.endsWith('example.com')`, {
      intendedOrigins: ['https://example.com'],
      details: { subdomainsOf: 'example.com' },
    });
    expect(result.reviews[0]?.reason).toContain('so did subdomains of example.com: list the ones to keep');
  });

  it('rewrites an env-string allowlist only when the allowlist reads that variable', () => {
    const code = `if (process.env.CORS_ALLOWED_ORIGINS.includes(origin)) allow();`;
    const check = `process.env.CORS_ALLOWED_ORIGINS.includes(origin)`;
    expect(run(code, check, { intendedOrigins: [], details: { allowlistEnv: 'CORS_ALLOWED_ORIGINS' } }).text).toBe(`if (allowedOrigins.has(origin)) allow();`);
    const other = run(code.replace('CORS_ALLOWED_ORIGINS', 'ADMIN_ORIGINS'), check.replace('CORS_ALLOWED_ORIGINS', 'ADMIN_ORIGINS'), {
      intendedOrigins: [],
      details: { allowlistEnv: 'ADMIN_ORIGINS' },
    });
    expect(other.text).toBe(code.replace('CORS_ALLOWED_ORIGINS', 'ADMIN_ORIGINS'));
    expect(other.reviews[0]?.reason).toContain('--allow-origins-env ADMIN_ORIGINS');
    expect(other.allowlistUsed).toBe(false);
  });

  it('leaves text that no longer matches the repair alone', () => {
    const result = run(`if (origin.endsWith('a.example')) allow();`, `origin.endsWith('a.example')`, { details: { checkText: 'something else' } });
    expect(result.text).toBe(`if (origin.endsWith('a.example')) allow();`);
  });
});
