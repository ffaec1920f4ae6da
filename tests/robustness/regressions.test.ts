import { describe, expect, it } from 'vitest';
import { MAX_GUARD_ALIAS_DEPTH } from '../../src/analysis/guards/facts';
import { MAX_CALL_SITES } from '../../src/analysis/origin-sources/call-sites';
import { MAX_ALIAS_DEPTH } from '../../src/analysis/origin-sources/evaluate';
import { lintAll, ruleNamesOf } from './lint-all';

const ACAO = 'Access-Control-Allow-Origin';

function aliasChain(length: number): string {
  const aliases = Array.from({ length }, (_, i) => `  const o${i + 1} = o${i};`).join('\n');
  return `app.use((req, res) => {\n  const o0 = req.headers.origin;\n${aliases}\n  res.setHeader('${ACAO}', o${length});\n});\n`;
}

function fanOut(calls: number): string {
  const sites = Array.from({ length: calls }, (_, i) => `app.get('/r${i}', (req, res) => allow(res, req.headers.origin));`).join('\n');
  return `function allow(res, origin) { res.setHeader('${ACAO}', origin); res.setHeader('Vary', 'Origin'); }\n${sites}\n`;
}

function guardAliasChain(length: number): string {
  const aliases = Array.from({ length }, (_, i) => `  const ok${i + 1} = ok${i};`).join('\n');
  return `const allowed = new Set(['https://app.example.com']);\napp.use((req, res) => {\n  const origin = req.headers.origin;\n  const ok0 = allowed.has(origin);\n${aliases}\n  if (ok${length}) res.setHeader('${ACAO}', origin);\n  res.setHeader('Vary', 'Origin');\n});\n`;
}

describe('crashes found, kept as cases', () => {
  it('a 10,000-long alias chain overflowed the stack in no-reflected-origin', () => {
    expect(() => lintAll(aliasChain(10_000), 'aliases.js')).not.toThrow();
  });

  it('a 10,000-long alias chain of a guard test overflowed the stack in the guard facts', () => {
    expect(() => lintAll(guardAliasChain(10_000), 'guard-aliases.js')).not.toThrow();
  });
});

describe('each budget degrades to "unknown" at its bound', () => {
  it('follows an alias chain within the alias budget, and stops reporting past it', () => {
    expect(ruleNamesOf(lintAll(aliasChain(MAX_ALIAS_DEPTH - 4), 'a.js').messages)).toContain('no-reflected-origin');
    expect(ruleNamesOf(lintAll(aliasChain(MAX_ALIAS_DEPTH + 4), 'a.js').messages)).not.toContain('no-reflected-origin');
  });

  it('follows a helper from every call site within the fan-out budget, and stops reporting past it', () => {
    expect(ruleNamesOf(lintAll(fanOut(MAX_CALL_SITES), 'a.js').messages)).toEqual(['no-reflected-origin']);
    expect(ruleNamesOf(lintAll(fanOut(MAX_CALL_SITES + 1), 'a.js').messages)).toEqual([]);
  });

  it('follows a guard through aliases of its test, and past the guard budget counts it as a check it cannot see into', () => {
    expect(ruleNamesOf(lintAll(guardAliasChain(3), 'a.js').messages)).toEqual([]);
    expect(ruleNamesOf(lintAll(guardAliasChain(MAX_GUARD_ALIAS_DEPTH + 4), 'a.js').messages)).toEqual([]);
  });

  it('follows helpers that pass the origin 4 calls deep, not 5', () => {
    const chain = (depth: number) =>
      `${Array.from({ length: depth }, (_, i) => `function h${i}(o) { return h${i + 1}(o); }`).join('\n')}\nfunction h${depth}(o) { return o; }\n` +
      `app.use((req, res) => { res.setHeader('${ACAO}', h0(req.headers.origin)); res.setHeader('Vary', 'Origin'); });\n`;
    expect(ruleNamesOf(lintAll(chain(2), 'a.js').messages)).toEqual(['no-reflected-origin']);
    expect(ruleNamesOf(lintAll(chain(40), 'a.js').messages)).toEqual([]);
  });
});
