import { describe, expect, it } from 'vitest';
import { regexShape } from '../../../src/analysis/origin-checks/regex-shape';
import { judgeRegex, regexIntent } from '../../../src/analysis/origin-checks/regex-judge';
import { RegexRunner } from '../../../src/analysis/origin-checks/regex-runner';

function judge(regex: RegExp) {
  const shape = regexShape(regex.source, regex.flags)!;
  return judgeRegex(shape, 'origin', new RegexRunner());
}

describe('judgeRegex', () => {
  it.each([
    [/example\.com$/, 'https://evilexample.com', 'label-prefixed'],
    [/^https:\/\/example\.com/, 'https://example.com.evil.net', 'suffix-appended'],
    [/example\.com/, 'https://example.com.evil.net', 'suffix-appended'],
    [/^https:\/\/app.example.com$/, 'https://appxexample.com', 'dot-replaced'],
    [/^https:\/\/a\.example\.com|b\.example\.com$/, 'https://a.example.com.evil.net', 'suffix-appended'],
    [/^https?:\/\/.*\.?example\.com$/, 'https://evilexample.com', 'label-prefixed'],
    [/^https:\/\/[\w.-]+$/, 'https://evil.net', 'any-host'],
    [/^https?:\/\/(.*\.)?example\.com\:?.*/, 'https://example.com.evil.net', 'suffix-appended'],
    [/^https:\/\/(\w+\.?)*example\.com$/, 'https://evilexample.com', 'label-prefixed'],
  ])('%s accepts %s', (regex, origin, kind) => {
    const weakness = judge(regex);
    expect(weakness).toMatchObject({ attackerOrigin: origin, kind, schemeOnly: false });
    expect(regex.test(origin)).toBe(true);
  });

  it.each([
    /^https:\/\/(?:[a-z0-9-]+\.)*example\.com$/,
    /^https:\/\/example\.com$/,
    /^https:\/\/(?:app|www)\.example\.com$/,
    /^http:\/\/localhost:\d+$/,
    /^https:\/\/[a-z0-9-]+\.example\.com$/,
  ])('%s is not weak', (regex) => {
    expect(judge(regex)).toBeUndefined();
  });

  it('reads a leading escaped dot as a subdomain check, weak only for plain HTTP', () => {
    expect(judge(/\.example\.com$/)).toMatchObject({ attackerOrigin: 'http://app.example.com', schemeOnly: true });
  });

  it('judges a hostname pattern on the hostname the server parses', () => {
    const shape = regexShape(String.raw`example\.com$`, '')!;
    expect(judgeRegex(shape, 'hostname', new RegexRunner())).toMatchObject({ attackerOrigin: 'https://evilexample.com' });
  });

  it('reports https? as plain-HTTP only', () => {
    expect(judge(/^https?:\/\/example\.com$/)).toMatchObject({ attackerOrigin: 'http://example.com', schemeOnly: true });
  });

  it('stays fast on catastrophic patterns', () => {
    const started = Date.now();
    for (const regex of [/^(a+)+$/, /^https:\/\/(\w+\.?)*example\.com$/, /^(https?:\/\/)?([\w-]+\.?)+(example\.com)+$/]) judge(regex);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('RegexRunner', () => {
  it('answers a catastrophic pattern exactly, without the engine', () => {
    const shape = regexShape('^(a+)+$', '')!;
    expect(new RegexRunner().matches(shape, `${'a'.repeat(40)}!`)).toBe(false);
    expect(new RegexRunner().matches(shape, 'a'.repeat(40))).toBe(true);
  });

  it('gives no answer for a pattern the matcher cannot run', () => {
    expect(new RegexRunner().matches(regexShape(String.raw`^(a)\1$`, '')!, 'aa')).toBeUndefined();
  });

  it('falls back to the structure once the budget is spent', () => {
    const shape = regexShape(String.raw`^https:\/\/(\w+\.?)*example\.com$`, '')!;
    expect(judgeRegex(shape, 'origin', new RegexRunner(0), () => true)).toMatchObject({
      attackerOrigin: 'https://evilexample.com',
      verified: false,
    });
  });
});

describe('regexIntent', () => {
  it.each([
    [/^https?:\/\/example\.com$/, ['https://example.com']],
    [/^https:\/\/(?:app|www)\.example\.com$/, ['https://app.example.com', 'https://www.example.com']],
    [/example\.com$/, ['https://example.com']],
    [/^https:\/\/app.example.com$/, ['https://app.example.com']],
  ])('%s means %j', (regex, origins) => {
    expect(regexIntent(regexShape(regex.source, regex.flags)!).origins).toEqual(origins);
  });

  it('leaves subdomain families unclear', () => {
    const shape = regexShape(String.raw`^https?:\/\/.*\.?example\.com$`, '')!;
    expect(regexIntent(shape)).toMatchObject({ subdomainsOf: 'example.com' });
    expect(regexIntent(shape).origins).toBeUndefined();
  });
});
