import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index';
import { TEST_GLOBALS } from '../support/rule-tester';

/**
 * A fallback after the request Origin (`origin || '*'`) never reaches a CORS check: a browser
 * sends `Origin` on every cross-origin request. Such a value is one reflected origin, so every
 * rule together reports the reflection (and the missing `Vary: Origin`), and nothing about `*`.
 */
function ruleIds(code: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(code, [
    { ...plugin.configs.all, languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: TEST_GLOBALS } },
  ]);
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return messages.map((message) => message.ruleId ?? '').sort();
}

const REFLECTED_WITHOUT_VARY = ['cors/no-reflected-origin', 'cors/require-vary-origin'];

describe('a fallback after the request Origin', () => {
  it.each([
    ["`|| '*'`", "res.setHeader('Access-Control-Allow-Origin', req.headers.origin || '*');"],
    ["`?? '*'`", "res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');"],
    ['a chain through Referer and Host', "res.setHeader('Access-Control-Allow-Origin', req.headers.origin || req.headers.referer || req.headers.host || '*');"],
    ['a const alias', "const origin = req.headers.origin; res.setHeader('Access-Control-Allow-Origin', origin || '*');"],
    ['a destructured read', "const { origin } = req.headers; res.setHeader('Access-Control-Allow-Origin', origin ?? '*');"],
    ['`req.get`', "res.set('Access-Control-Allow-Origin', req.get('origin') || '*');"],
    ['a trimmed read', "res.set('Access-Control-Allow-Origin', req.headers.origin.trim() || '*');"],
    ["`|| 'null'`", "res.setHeader('Access-Control-Allow-Origin', req.headers.origin || 'null');"],
  ])('%s with credentials is the reflection only', (_, write) => {
    const code = `app.use((req, res, next) => { ${write} res.setHeader('Access-Control-Allow-Credentials', 'true'); next(); });`;
    expect(ruleIds(code)).toEqual(REFLECTED_WITHOUT_VARY);
  });

  it('is the reflection in an origin callback of the cors library', () => {
    const code = "import cors from 'cors'; app.use(cors({ origin: (origin, callback) => callback(null, origin || '*'), credentials: true }));";
    expect(ruleIds(code)).toEqual(['cors/no-reflected-origin']);
  });

  it('keeps the fallback when the left side can be empty on a cross-origin request', () => {
    const code = `app.use((req, res, next) => {
      res.vary('Origin');
      const origin = req.headers.origin;
      res.setHeader('Access-Control-Allow-Origin', (allowed.has(origin) && origin) || '*');
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      next();
    });`;
    expect(ruleIds(code)).toContain('cors/no-wildcard-with-credentials');
  });

  it('keeps the fallback after a helper that may return nothing', () => {
    const code = `
      const pick = (origin) => (allowed.has(origin) ? origin : undefined);
      app.use((req, res, next) => {
        res.vary('Origin');
        res.setHeader('Access-Control-Allow-Origin', pick(req.headers.origin) || '*');
        res.setHeader('Access-Control-Allow-Credentials', 'true');
        next();
      });`;
    expect(ruleIds(code)).toContain('cors/no-wildcard-with-credentials');
  });

  it('keeps the fallback after a variable that is empty unless allowed', () => {
    const code = `app.use((req, res, next) => {
      res.vary('Origin');
      const origin = allowed.has(req.headers.origin) ? req.headers.origin : '';
      res.setHeader('Access-Control-Allow-Origin', origin || '*');
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      next();
    });`;
    expect(ruleIds(code)).toContain('cors/no-wildcard-with-credentials');
  });
});
