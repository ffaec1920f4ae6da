import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { detectFindings, runCodemod } from '../../codemods/index';

// The whole bundled legacy app, end to end: one run fixes or marks every finding, a second changes nothing.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const work = mkdtempSync(path.join(tmpdir(), 'cors-example-app-'));
const app = path.join(work, 'legacy-app');
cpSync(path.join(root, 'examples/legacy-app'), app, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const options = { cwd: app, force: true, allowOrigins: ['https://app.example.com'] };

describe('cors-codemod on examples/legacy-app', () => {
  it('changes the files with findings, then reaches a fixed point', async () => {
    const first = await runCodemod(['.'], options);
    expect(first.failures).toEqual([]);
    expect(first.filesChanged).toBeGreaterThanOrEqual(9);
    expect(first.changedFiles).toContain('sveltekit/src/hooks.server.ts');
    const second = await runCodemod(['.'], options);
    expect(second.failures).toEqual([]);
    expect(second.filesChanged).toBe(0);
  });

  it('leaves every remaining finding marked for manual review on the line above', async () => {
    const summary = await runCodemod(['.'], { ...options, dryRun: true });
    expect(summary.changedFiles).toEqual([]);
    const files = ['server/express-app.js', 'server/headers.js', 'server/koa-app.js', 'lambda/handler.js', 'web/api-client.js'];
    for (const file of files) {
      const text = readFileSync(path.join(app, file), 'utf8');
      const detection = detectFindings(text, file);
      if (!detection.ok) throw new Error(`${file} does not parse after the codemod`);
      const lines = text.split('\n');
      for (const finding of detection.findings) {
        const above = lines.slice(Math.max(0, finding.line - 3), finding.line - 1).join('\n');
        expect(above, `${file}:${finding.line} ${finding.ruleId} is neither fixed nor marked`).toContain('cors-codemod: review:');
      }
    }
  });

  it('rewrites the SvelteKit hook into an exact allowlist with Vary on every response', () => {
    const file = 'sveltekit/src/hooks.server.ts';
    const text = readFileSync(path.join(app, file), 'utf8');
    const detection = detectFindings(text, file);
    if (!detection.ok) throw new Error(`${file} does not parse after the codemod`);
    expect(detection.findings).toEqual([]);
    expect(text).toContain("if (allowedOrigins.has(origin ?? '')) response.headers.set('Access-Control-Allow-Origin', origin);");
    expect(text).toContain("response.headers.append('Vary', 'Origin');");
    expect(text).toContain("...(allowedOrigins.has(origin ?? '') ? { 'Access-Control-Allow-Origin': origin! } : {}),");
  });
});
