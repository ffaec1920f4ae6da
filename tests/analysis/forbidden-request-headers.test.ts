import { describe, expect, it } from 'vitest';
import { forbiddenRequestHeader } from '../../src/analysis/request-headers/forbidden-names';

describe('forbiddenRequestHeader (Fetch standard, "forbidden request-header")', () => {
  it.each([
    'Accept-Charset',
    'Accept-Encoding',
    'Access-Control-Request-Headers',
    'Access-Control-Request-Method',
    'Connection',
    'Content-Length',
    'Cookie',
    'Cookie2',
    'Date',
    'DNT',
    'Expect',
    'Host',
    'Keep-Alive',
    'Origin',
    'Referer',
    'Set-Cookie',
    'TE',
    'Trailer',
    'Transfer-Encoding',
    'Upgrade',
    'Via',
  ])('forbids %s in any case', (name) => {
    expect(forbiddenRequestHeader(name, 'x')).toEqual({ kind: 'name', lowerName: name.toLowerCase() });
    expect(forbiddenRequestHeader(name.toUpperCase(), undefined)?.kind).toBe('name');
  });

  it.each([
    ['Sec-Fetch-Site', 'sec-'],
    ['sec-ch-ua', 'sec-'],
    ['Proxy-Authorization', 'proxy-'],
    ['PROXY-Connection', 'proxy-'],
  ])('forbids the prefixed name %s', (name, prefix) => {
    expect(forbiddenRequestHeader(name, undefined)).toEqual({ kind: 'prefix', lowerName: name.toLowerCase(), prefix });
  });

  it.each([
    ['X-HTTP-Method-Override', 'TRACE', 'TRACE'],
    ['X-HTTP-Method', 'connect', 'CONNECT'],
    ['x-method-override', 'GET, Track', 'TRACK'],
    ['X-HTTP-Method-Override', ' get ,trace ', 'TRACE'],
  ])('forbids %s: %s, which tunnels %s', (name, value, method) => {
    expect(forbiddenRequestHeader(name, value)).toEqual({ kind: 'method-override', lowerName: name.toLowerCase(), method });
  });

  it.each([
    ['X-HTTP-Method-Override', 'DELETE'],
    ['X-HTTP-Method-Override', 'TRACEROUTE'],
    ['X-HTTP-Method-Override', undefined],
    ['X-Tracking', 'TRACE'],
    ['Authorization', 'Bearer x'],
    ['X-Requested-With', 'XMLHttpRequest'],
    ['Content-Type', 'application/json'],
    ['User-Agent', 'bot'],
    ['Accept', '*/*'],
    ['Secret', 'x'],
    ['Proxy', 'x'],
    ['Origin-Agent-Cluster', '?1'],
  ])('allows %s: %s', (name, value) => {
    expect(forbiddenRequestHeader(name, value)).toBeUndefined();
  });
});
