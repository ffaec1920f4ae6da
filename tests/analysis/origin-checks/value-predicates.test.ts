import { describe, expect, it } from 'vitest';
import { truncatedCandidates, attackerCandidates, parsesAsOrigin } from '../../../src/analysis/origin-checks/attacker-origins';
import { intendedOrigins } from '../../../src/analysis/origin-checks/intent';
import { subjectValue } from '../../../src/analysis/origin-checks/subject-form';
import {
  judgeExactCheck,
  judgeNeedleCheck,
  judgeReversedContainment,
  needleHost,
  type NeedleCheck,
} from '../../../src/analysis/origin-checks/value-predicates';

const endsWith: NeedleCheck = { method: 'endsWith', needles: ['example.com'], test: (v, n) => v.endsWith(n) };
const dotEndsWith: NeedleCheck = { method: 'endsWith', needles: ['.example.com'], test: (v, n) => v.endsWith(n) };
const notFound: NeedleCheck = { method: 'indexOf', needles: ['example.com'], test: (v, n) => v.indexOf(n) === -1 };

describe('attacker candidates', () => {
  it('are valid origins built from the allowed host', () => {
    const candidates = attackerCandidates(['app.example.com']);
    expect(candidates.map((c) => c.origin)).toEqual(
      expect.arrayContaining(['https://app.example.com.evil.net', 'https://evilapp.example.com', 'https://appxexample.com', 'http://app.example.com']),
    );
    expect(candidates.every((c) => parsesAsOrigin(c.origin))).toBe(true);
  });

  it('truncate a listed origin at the end of its host', () => {
    expect(truncatedCandidates('https://app.example.com').map((c) => c.origin)).toEqual([
      'https://app.example.co',
      'https://app.example.c',
      'https://app.example',
    ]);
  });
});

describe('needle checks', () => {
  it('verify the attacker origin with the check itself', () => {
    const verdict = judgeNeedleCheck(endsWith, 'origin', false);
    expect(verdict?.weakness.attackerOrigin).toBe('https://evilexample.com');
    expect('https://evilexample.com'.endsWith('example.com')).toBe(true);
    expect(verdict?.intent.origins).toEqual(['https://example.com']);
    expect(verdict?.negated).toBe(false);
  });

  it('read `indexOf(x) === -1` as the rejecting side', () => {
    expect(judgeNeedleCheck(notFound, 'origin', false)).toMatchObject({ negated: true, weakness: { attackerOrigin: 'https://example.com.evil.net' } });
  });

  it('accept a dot-boundary suffix except for plain HTTP', () => {
    expect(judgeNeedleCheck(dotEndsWith, 'origin', false)?.weakness).toMatchObject({ attackerOrigin: 'http://app.example.com', schemeOnly: true });
    expect(judgeNeedleCheck(dotEndsWith, 'origin', true)).toBeUndefined();
    expect(judgeNeedleCheck(dotEndsWith, 'hostname', true)).toBeUndefined();
  });

  it('see through the legacy parser', () => {
    expect(subjectValue('legacy-hostname', 'https://app.example.com`.evil.net')).toBe('app.example.com');
    expect(judgeNeedleCheck(dotEndsWith, 'legacy-hostname', true)?.weakness).toMatchObject({
      attackerOrigin: 'https://app.example.com`.evil.net',
      kind: 'parser-confusion',
    });
  });

  it('name hosts without scheme, path or boundary dots', () => {
    expect(['https://example.com', '.example.com', 'example.com/', 'https://example.com:8443'].map(needleHost)).toEqual([
      'example.com',
      'example.com',
      'example.com',
      'example.com',
    ]);
  });
});

describe('exact checks', () => {
  it('are weak only on a leniently parsed hostname, or for plain HTTP', () => {
    expect(judgeExactCheck(['https://example.com'], 'origin', false)).toBeUndefined();
    expect(judgeExactCheck(['example.com'], 'legacy-hostname', true)?.weakness.attackerOrigin).toBe('https://example.com`.evil.net');
    expect(judgeExactCheck(['example.com'], 'hostname', false)?.weakness).toMatchObject({ attackerOrigin: 'http://example.com', schemeOnly: true });
    expect(judgeExactCheck(['http://localhost:3000'], 'origin', false)).toBeUndefined();
  });
});

describe('reversed containment', () => {
  const includes = (haystack: string, value: string) => haystack.includes(value);

  it('finds a truncated origin that the allowlist string contains', () => {
    const verdict = judgeReversedContainment('https://a.example.com,https://b.example.com', '`ALLOWED`', 'origin', includes);
    expect(verdict?.weakness.attackerOrigin).toBe('https://a.example.co');
    expect('https://a.example.com,https://b.example.com'.includes('https://a.example.co')).toBe(true);
    expect(verdict?.intent.origins).toEqual(['https://a.example.com', 'https://b.example.com']);
  });

  it('illustrates with a sample when the string is only known at run time', () => {
    const verdict = judgeReversedContainment(undefined, '`process.env.CORS_ORIGINS`', 'origin', includes);
    expect(verdict?.weakness.reason).toContain('for a listed `https://app.example.com`');
    expect(verdict?.intent.origins).toBeUndefined();
  });
});

describe('intended origins', () => {
  it('serialize hosts and full origins, and drop an http twin', () => {
    expect(intendedOrigins(['example.com', 'https://App.Example.com', 'http://example.com'])).toEqual([
      'https://example.com',
      'https://app.example.com',
    ]);
    expect(intendedOrigins(['https://example.com/path'])).toBeUndefined();
  });
});
