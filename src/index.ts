import type { ESLint, Linter, Rule } from 'eslint';
import { rules } from '../rules';
import type { CorsRuleId } from './model/rule-ids';
import { name, version } from '../package.json';

interface CorsConfigs {
  /** Flat configs (ESLint 9 and 10): `extends: [cors.configs.recommended]`. */
  recommended: Linter.Config;
  all: Linter.Config;
  /** eslintrc configs (ESLint 8): `"extends": ["plugin:cors/recommended-legacy"]`. */
  'recommended-legacy': Linter.LegacyConfig;
  'all-legacy': Linter.LegacyConfig;
}

const plugin = {
  meta: { name, version, namespace: 'cors' },
  // Typed as ESLint's own rule modules, so the published types need nothing beyond ESLint.
  rules: rules as unknown as Record<CorsRuleId, Rule.RuleModule>,
  configs: {} as CorsConfigs,
};

function rulesFor(ruleIds: readonly string[]): Linter.RulesRecord {
  return Object.fromEntries(ruleIds.map((id) => [`cors/${id}`, 'error']));
}

function configWith(name: string, ruleIds: readonly string[]): Linter.Config {
  return {
    name: `cors/${name}`,
    // The same object, not a copy: ESLint compares plugin identity across configs.
    plugins: { cors: plugin as unknown as ESLint.Plugin },
    rules: rulesFor(ruleIds),
  };
}

/** eslintrc names plugins by package; ESLint 8 resolves `cors` to `eslint-plugin-cors`. */
function legacyConfigWith(ruleIds: readonly string[]): Linter.LegacyConfig {
  return { plugins: ['cors'], rules: rulesFor(ruleIds) };
}

const allRuleIds = Object.keys(rules);
const recommendedRuleIds = allRuleIds.filter((id) => rules[id as keyof typeof rules].meta.docs?.recommended);
plugin.configs.all = configWith('all', allRuleIds);
plugin.configs.recommended = configWith('recommended', recommendedRuleIds);
plugin.configs['all-legacy'] = legacyConfigWith(allRuleIds);
plugin.configs['recommended-legacy'] = legacyConfigWith(recommendedRuleIds);

export default plugin;
