import { describe, expect, it } from 'vitest';
import plugin from '../src/index';
import { CORS_RULE_IDS } from '../src/model/rule-ids';
import { existsSync } from 'node:fs';

describe('plugin object', () => {
  it('exposes every rule id once, each with a doc page and a docs url named after it', () => {
    expect(Object.keys(plugin.rules).sort()).toEqual([...CORS_RULE_IDS].sort());
    for (const [id, rule] of Object.entries(plugin.rules)) {
      expect(rule.meta?.docs?.url).toMatch(new RegExp(`/docs/rules/${id}\\.md$`));
      expect(existsSync(new URL(`../docs/rules/${id}.md`, import.meta.url))).toBe(true);
    }
  });

  it('names the plugin `cors` in its configs and enables the recommended rules', () => {
    expect(plugin.configs.recommended.plugins?.cors).toBe(plugin);
    expect(Object.keys(plugin.configs.recommended.rules ?? {})).toContain('cors/no-reflected-origin');
    expect(Object.keys(plugin.configs.all.rules ?? {})).toHaveLength(CORS_RULE_IDS.length);
  });

  it('gives ESLint 8 the same rule sets as eslintrc configs that name the plugin by package', () => {
    expect(plugin.configs['recommended-legacy']).toEqual({ plugins: ['cors'], rules: plugin.configs.recommended.rules });
    expect(plugin.configs['all-legacy']).toEqual({ plugins: ['cors'], rules: plugin.configs.all.rules });
  });
});
