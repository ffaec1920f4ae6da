import type { ESLint, Linter, Rule } from 'eslint';
import { rules } from '../rules';
import type { CorsRuleId } from './model/rule-ids';
import { name, version } from '../package.json';

type CorsConfigs = { recommended: Linter.Config; all: Linter.Config };

const plugin = {
  meta: { name, version, namespace: 'cors' },
  // Typed as ESLint's own rule modules, so the published types need nothing beyond ESLint.
  rules: rules as unknown as Record<CorsRuleId, Rule.RuleModule>,
  configs: {} as CorsConfigs,
};

function configWith(name: string, ruleIds: readonly string[]): Linter.Config {
  return {
    name: `cors/${name}`,
    // The same object, not a copy: ESLint compares plugin identity across configs.
    plugins: { cors: plugin as unknown as ESLint.Plugin },
    rules: Object.fromEntries(ruleIds.map((id) => [`cors/${id}`, 'error'])),
  };
}

const allRuleIds = Object.keys(rules);
plugin.configs.all = configWith('all', allRuleIds);
plugin.configs.recommended = configWith(
  'recommended',
  allRuleIds.filter((id) => rules[id as keyof typeof rules].meta.docs?.recommended),
);

export default plugin;
