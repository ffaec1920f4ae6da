import { describe, expect, it, vi } from 'vitest';
import { detectFindings } from '../../codemods/run/detect';
import { rules } from '../../rules';
import { useRuleMessages } from './support/fake-analysis';

vi.mock('../../src/analysis', () => import('./support/fake-analysis'));
useRuleMessages(rules);

const reflectedMessageId = Object.keys(rules['no-reflected-origin'].meta.messages)[0];

describe('detectFindings', () => {
  it('returns what the rules report, as plain data with 1-based positions and the repair', () => {
    const text = 'function handle(origin) {\n  reflect(origin);\n}\n';
    const detection = detectFindings(text, '/repo/server.js');
    expect(detection).toEqual({
      ok: true,
      findings: [
        {
          ruleId: 'no-reflected-origin',
          messageId: reflectedMessageId,
          message: expect.stringContaining('Access-Control-Allow-Origin'),
          line: 2,
          column: 3,
          range: [28, 43],
          repair: { kind: 'allowlist-reflected-origin', writeRange: [28, 43], valueRange: [36, 42], originText: 'origin' },
        },
      ],
    });
    expect(JSON.parse(JSON.stringify(detection))).toEqual(detection);
  });

  it('leaves out what an eslint-disable comment hides from the rule', () => {
    const text = '// eslint-disable-next-line cors/no-reflected-origin\nreflect(origin);\nreflect(other);\n';
    const detection = detectFindings(text, '/repo/server.js');
    expect(detection.ok && detection.findings.map((finding) => finding.line)).toEqual([3]);
  });

  it('declares browser and Node globals, so tracked globals such as fetch are seen', () => {
    const detection = detectFindings("fetch('/api');\n", '/repo/client.js');
    expect(detection.ok && detection.findings.map((finding) => finding.repair?.kind)).toEqual(['drop-forbidden-request-headers']);
  });

  it('does not mistake a local function named like a global for it', () => {
    const detection = detectFindings("function fetch() {}\nfetch('/api');\n", '/repo/client.js');
    expect(detection).toEqual({ ok: true, findings: [] });
  });

  it.each([
    ['JSX in .js', '/repo/app.js', 'const view = <div>{reflect(origin)}</div>;\n'],
    ['JSX in .tsx', '/repo/app.tsx', 'const view = <div>{reflect(origin)}</div>;\nconst n = view as unknown;\n'],
    ['TypeScript casts in .ts', '/repo/app.ts', 'reflect(<string>origin);\nreflect(origin);\n'],
    ['top-level return in CommonJS', '/repo/app.cjs', 'if (!module) return;\nreflect(origin);\n'],
    ['legacy scripts that only parse as CommonJS', '/repo/legacy.js', 'if (!module) return;\nreflect(origin);\n'],
  ])('parses %s', (_label, filename, text) => {
    const detection = detectFindings(text, filename);
    expect(detection.ok && detection.findings.length).toBeGreaterThan(0);
  });

  it('explains why a file does not parse', () => {
    expect(detectFindings('const x = ;\n', '/repo/broken.js')).toEqual({
      ok: false,
      reason: expect.stringMatching(/^could not parse: Parsing error: Expression expected\. \(1:\d+\)$/),
    });
  });
});
