/**
 * The shared fixture harness: every `<case>.input.<ext>` under `__testfixtures__/<transform-id>/`
 * must become its `<case>.output.<ext>` with only that transform, and stay so on a second run.
 * See __testfixtures__/README.md.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRANSFORM_IDS, isTransformId } from '../../codemods/transforms/registry';
import { transformSource, type TransformSourceOptions } from '../../codemods/run/transform-source';
import type { TransformId } from '../../src/model/repair';

const FIXTURES = path.join(import.meta.dirname, '__testfixtures__');
const DEFAULT_OPTIONS = { allowOrigins: ['https://app.example.com'], allowOriginsEnv: 'CORS_ALLOWED_ORIGINS' };
const INPUT = /^(?<name>.+)\.input\.(?<ext>[cm]?[jt]sx?)$/;

interface FixtureCase {
  readonly name: string;
  readonly inputPath: string;
  readonly outputPath: string;
  readonly optionsPath: string;
}

const directories = readdirSync(FIXTURES).filter((entry) => statSync(path.join(FIXTURES, entry)).isDirectory());

function casesIn(directory: string): FixtureCase[] {
  return readdirSync(path.join(FIXTURES, directory)).flatMap((file) => {
    const match = INPUT.exec(file);
    if (!match?.groups) return [];
    const { name, ext } = match.groups as { name: string; ext: string };
    const inDirectory = (suffix: string) => path.join(FIXTURES, directory, `${name}.${suffix}`);
    return [{ name: `${name}.${ext}`, inputPath: inDirectory(`input.${ext}`), outputPath: inDirectory(`output.${ext}`), optionsPath: inDirectory('options.json') }];
  });
}

function optionsFor(fixture: FixtureCase, transform: TransformId): TransformSourceOptions {
  const overrides = existsSync(fixture.optionsPath) ? (JSON.parse(readFileSync(fixture.optionsPath, 'utf8')) as object) : {};
  return { ...DEFAULT_OPTIONS, ...overrides, transforms: [transform] };
}

describe('fixture folders', () => {
  it.each(directories)('%s is named after a transform', (directory) => {
    expect(TRANSFORM_IDS).toContain(directory);
  });

  it.each(TRANSFORM_IDS)('%s has fixtures, including a no-op case', (transform) => {
    const cases = directories.includes(transform) ? casesIn(transform) : [];
    expect(cases.length, `no fixtures in __testfixtures__/${transform}`).toBeGreaterThan(0);
    const noOps = cases.filter((fixture) => existsSync(fixture.outputPath) && readFileSync(fixture.inputPath, 'utf8') === readFileSync(fixture.outputPath, 'utf8'));
    expect(noOps.map((fixture) => fixture.name), `no no-op case (output identical to input) in __testfixtures__/${transform}`).not.toEqual([]);
  });
});

for (const directory of directories.filter(isTransformId)) {
  describe(directory, () => {
    it.each(casesIn(directory))('$name', (fixture) => {
      expect(existsSync(fixture.outputPath), `missing ${path.relative(FIXTURES, fixture.outputPath)}`).toBe(true);
      const input = readFileSync(fixture.inputPath, 'utf8');
      const expected = readFileSync(fixture.outputPath, 'utf8');
      const options = optionsFor(fixture, directory);

      const first = transformSource(input, fixture.inputPath, options);
      expect(first.skipped).toBeUndefined();
      expect(first.error).toBeUndefined();
      expect(first.text).toBe(expected);
      expect(first.changed).toBe(input !== expected);

      const second = transformSource(first.text, fixture.inputPath, options);
      expect(second.error).toBeUndefined();
      expect(second.text, 'a second run must change nothing').toBe(first.text);
      expect(second.changed).toBe(false);
    });
  });
}
