import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { afterAll, describe, expect, it } from 'vitest';
import { collectorListeners, createCollectedNodes } from '../../src/analysis/collect';
import { decideEnvironment, type EnvironmentDecision } from '../../src/analysis/environment';
import { directoryOf } from '../../src/analysis/environment/file-system';
import { nearestPackage } from '../../src/analysis/environment/package-json';
import { createCorsFile } from '../../src/analysis/file-context';
import { environmentFixture as at } from '../support/environment-fixtures';

interface Setup {
  readonly settings?: Record<string, unknown>;
  readonly globals?: Linter.Globals;
}

/** The decision for `code` linted as `filename`, with the config's settings and globals. */
function decide(code: string, filename: string, { settings, globals = { fetch: 'readonly', Headers: 'readonly' } }: Setup = {}): EnvironmentDecision {
  let decision: EnvironmentDecision | undefined;
  const probe = {
    meta: { type: 'problem', schema: [] },
    create(context: TSESLint.RuleContext<string, []>) {
      const nodes = createCollectedNodes();
      return { ...collectorListeners(nodes), 'Program:exit': () => void (decision = decideEnvironment(createCorsFile(context, nodes))) };
    },
  };
  const messages = new Linter({ cwd: path.parse(filename).root }).verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser: tsParser, sourceType: 'module', globals },
        ...(settings && { settings }),
        plugins: { probe: { rules: { probe: probe as never } } },
        rules: { 'probe/probe': 'error' },
      },
    ],
    { filename },
  );
  expect(messages).toEqual([]);
  return decision!;
}

const pick = ({ environment, evidence, declared }: EnvironmentDecision) => ({ environment, evidence, declared });

describe('decideEnvironment', () => {
  it.each([
    ['settings.cors.environment', `window.alert(1);`, 'web-package/src/a.ts', { settings: { cors: { environment: 'server' } } }, { environment: 'server', evidence: 'setting', declared: false }],
    ['a client directive', `'use client';`, 'monorepo/apps/api/src/a.ts', {}, { environment: 'browser', evidence: 'declaration', declared: true }],
    ['a server declaration under a browser setting', `import 'server-only';`, 'neutral-package/src/a.ts', { settings: { cors: { environment: 'browser' } } }, { environment: 'server', evidence: 'declaration', declared: true }],
    ['browser globals only', ``, 'monorepo/apps/api/src/a.ts', { globals: { window: 'readonly', document: 'readonly' } }, { environment: 'browser', evidence: 'globals', declared: false }],
    ['Node globals only', ``, 'web-package/src/a.ts', { globals: { require: 'readonly', __dirname: 'readonly' } }, { environment: 'server', evidence: 'globals', declared: false }],
    ['both kinds of globals, then the package', ``, 'web-package/src/a.ts', { globals: { window: 'readonly', require: 'readonly' } }, { environment: 'browser', evidence: 'package', declared: false }],
    ['a Nest package', ``, 'monorepo/apps/api/src/a.ts', {}, { environment: 'server', evidence: 'package', declared: false }],
    ['a full-stack package', ``, 'monorepo/apps/site/src/a.ts', {}, { environment: 'unknown', evidence: 'none', declared: false }],
    ['a Next route handler', ``, 'monorepo/apps/dashboard/app/api/session/route.ts', {}, { environment: 'server', evidence: 'package', declared: false }],
    ['a Next page', ``, 'monorepo/apps/dashboard/app/account/page.tsx', {}, { environment: 'unknown', evidence: 'none', declared: false }],
    ['hono alone (its browser client)', ``, 'hono-client/src/a.ts', {}, { environment: 'unknown', evidence: 'none', declared: false }],
    ['a test file', ``, 'neutral-package/src/a.spec.ts', {}, { environment: 'server', evidence: 'test', declared: false }],
    ['a test file in a DOM environment', ``, 'monorepo/packages/widgets/src/a.test.ts', {}, { environment: 'unknown', evidence: 'none', declared: false }],
    ['type-only imports and polyfilled built-ins', `import type { Request } from 'express';\nimport { Buffer } from 'buffer';`, 'neutral-package/src/a.ts', {}, { environment: 'unknown', evidence: 'none', declared: false }],
    ['a server import', `import express from 'express';`, 'neutral-package/src/a.ts', {}, { environment: 'server', evidence: 'code', declared: false }],
    ['a relative request URL', `fetch('/api');`, 'neutral-package/src/a.ts', {}, { environment: 'browser', evidence: 'code', declared: false }],
    ['a protocol-relative URL is not relative to the page path', `fetch('//cdn.example.com/a');`, 'neutral-package/src/a.ts', {}, { environment: 'unknown', evidence: 'none', declared: false }],
  ] as const)('%s', (_, code, file, setup, expected) => {
    expect(pick(decide(code, at(file), setup as Setup))).toEqual(expected);
  });
});

describe('directoryOf', () => {
  it('has no directory for text that is not a file', () => {
    expect(directoryOf('<input>')).toBeUndefined();
    expect(directoryOf('<text>')).toBeUndefined();
    expect(directoryOf('/repo/src/a.ts')).toBe(path.resolve('/repo/src'));
  });
});

describe('nearestPackage', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cors-env-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads each package.json once per run, for every folder below it', () => {
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ dependencies: { express: '^5.0.0' } }));
    const first = nearestPackage(path.join(dir, 'src', 'routes'));
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ dependencies: { vue: '^3.0.0' } }));
    expect(nearestPackage(path.join(dir, 'src'))).toBe(first);
    expect([...first!.runtime]).toEqual(['express']);
  });

  it('reads odd shapes without throwing: an array, a string, dependencies that are not objects', () => {
    for (const [name, text] of [
      ['array', '[]'],
      ['string', '"express"'],
      ['fields', JSON.stringify({ dependencies: 'express', devDependencies: ['vite'], browser: false })],
    ] as const) {
      const root = path.join(dir, name);
      mkdirSync(root);
      writeFileSync(path.join(root, 'package.json'), text);
      const manifest = nearestPackage(root);
      expect(manifest?.dir).toBe(root);
      expect([manifest?.all.size, manifest?.hasBrowserField]).toEqual([0, false]);
    }
  });

  it('takes a package.json that does not parse as a package that tells nothing', () => {
    const broken = nearestPackage(at('broken-package/src'));
    expect(broken?.dir).toBe(at('broken-package'));
    expect(broken?.all.size).toBe(0);
  });
});
