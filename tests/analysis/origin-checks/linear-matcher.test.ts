import { RegExpParser } from '@eslint-community/regexpp';
import { describe, expect, it } from 'vitest';
import { linearMatcher, MAX_NFA_STATES } from '../../../src/analysis/origin-checks/linear-matcher';

const parser = new RegExpParser({ ecmaVersion: 2025 });

function matcherFor(regex: RegExp | string, flags = typeof regex === 'string' ? '' : regex.flags) {
  const source = typeof regex === 'string' ? regex : regex.source;
  const pattern = parser.parsePattern(source, 0, source.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
  return linearMatcher(pattern, flags);
}

const unlimited = () => ({ remaining: Number.POSITIVE_INFINITY });

// Patterns whose engine run is quick, so the engine is the reference the matcher must agree with.
const patterns = [
  /^https:\/\/example\.com$/,
  /^https?:\/\/(?:[a-z0-9-]+\.)*example\.com$/i,
  /example\.com/,
  /^https:\/\/app.example.com$/,
  /^https:\/\/[\w.-]+$/,
  /^https:\/\/(www|app)\.example\.(com|org)(:\d{2,5})?$/,
  /\.example\.com$/,
  /^[^.]+\.example\.com$/,
  /^https:\/\/\S+$/,
  /^(?=https:)\w+:\/\/(?!evil)[a-z.]+$/,
  /(?<=:\/\/)example\.com$/,
  /(?<!app\.)example\.com$/,
  /\bexample\b/,
  /\Bxample/,
  /^line$/m,
  /^a.b$/s,
  /^a.b$/,
  /^https:\/\/EXAMPLE\.COM$/i,
  /^https:\/\/\u{1F600}\.example$/u,
  /^https:\/\/\p{L}+\.example$/u,
  /^x{2,4}$/,
  /^(a|ab)(c|bcd)(d*)$/,
  /^(?:a?){3}a{3}$/,
  /^$/,
  /a*/,
  /example\.com/y,
];

const inputs = [
  'https://example.com',
  'http://example.com',
  'https://EXAMPLE.com',
  'https://example.com.evil.net',
  'https://evilexample.com',
  'https://app.example.com',
  'https://appxexample.com',
  'https://www.example.org:8080',
  'https://évil.example',
  'https://\u{1F600}.example',
  'https://ABC.example',
  'a\nb',
  'x\nline\ny',
  'xxx',
  'xxxxx',
  'abcd',
  'aaa',
  'aaaa',
  '',
  'example.com',
];

describe('linearMatcher', () => {
  it.each(patterns.map((regex) => [String(regex), regex]))('agrees with the engine on %s', (_name, regex) => {
    const matcher = matcherFor(regex)!;
    expect(matcher).toBeDefined();
    for (const input of inputs) {
      regex.lastIndex = 0;
      expect([input, matcher.test(input, unlimited())]).toEqual([input, regex.test(input)]);
    }
  });

  it('runs v-flag set operations', () => {
    const matcher = matcherFor(String.raw`^https:\/\/[\p{L}--[a-z]]+\.example$`, 'v')!;
    expect(matcher.test('https://ABC.example', unlimited())).toBe(true);
    expect(matcher.test('https://abc.example', unlimited())).toBe(false);
  });

  it('answers the backtracking family of patterns at once and exactly', () => {
    const regex = /^https:\/\/(\w?){28}aaaaaaaaaaaaaaaaaaaaaaaaaaaa\.example\.com$/;
    const matcher = matcherFor(regex)!;
    expect(matcher.test(`https://${'a'.repeat(28)}.example.com`, unlimited())).toBe(true);
    expect(matcher.test(`https://${'a'.repeat(56)}.example.com`, unlimited())).toBe(true);
    expect(matcher.test(`https://${'a'.repeat(57)}.example.com`, unlimited())).toBe(false);
    expect(matcherFor(/^(a+)+$/)!.test(`${'a'.repeat(60)}!`, unlimited())).toBe(false);
  });

  it('spends at most (states × positions) steps on one test', () => {
    const regex = /^(?:(\w?){28}a{28}|(a|a)*b)$/;
    const matcher = matcherFor(regex)!;
    const work = { remaining: 1_000_000 };
    const input = 'a'.repeat(96);
    expect(matcher.test(input, work)).toBe(false);
    const states = 2 + 28 * 2 + 28 + 6;
    expect(1_000_000 - work.remaining).toBeLessThanOrEqual(states * (input.length + 1) * 2);
  });

  it('gives no answer once the work budget is spent', () => {
    expect(matcherFor(/^(a+)+$/)!.test('a'.repeat(50), { remaining: 10 })).toBeUndefined();
  });

  it('does not compile patterns the NFA cannot express or that exceed the state bound', () => {
    expect(matcherFor(/^(a)\1$/)).toBeUndefined();
    // Modifier groups are newer than some supported Node versions: given as source.
    expect(matcherFor('^(?i:a)b$')).toBeUndefined();
    expect(matcherFor(String.raw`^[\q{abc}]$`, 'v')).toBeUndefined();
    expect(matcherFor(new RegExp(`^(?:a{${MAX_NFA_STATES}})$`))).toBeUndefined();
  });
});
