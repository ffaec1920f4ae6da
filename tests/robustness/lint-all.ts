import type { Rule } from 'eslint';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '../../src/index';

/**
 * Rule time is CPU time spent inside the rules (their `create` and listeners), not parsing, and
 * not time the process waited for a core: on a shared machine wall time says nothing about a rule.
 */
let ruleMicros = 0;
const perRuleMicros = new Map<string, number>();

function timed<T extends unknown[], R>(ruleId: string, fn: (...args: T) => R): (...args: T) => R {
  return (...args) => {
    const start = process.cpuUsage();
    try {
      return fn(...args);
    } finally {
      const used = process.cpuUsage(start);
      const micros = used.user + used.system;
      ruleMicros += micros;
      perRuleMicros.set(ruleId, (perRuleMicros.get(ruleId) ?? 0) + micros);
    }
  };
}

const timedRules = Object.fromEntries(
  Object.entries(plugin.rules).map(([name, rule]) => {
    const original = rule as unknown as Rule.RuleModule;
    const wrapped: Rule.RuleModule = {
      meta: original.meta,
      create: timed(name, (context: Rule.RuleContext) => {
        const listeners = original.create(context);
        return Object.fromEntries(
          Object.entries(listeners).map(([selector, listener]) => [selector, timed(name, listener as (...args: unknown[]) => void)]),
        );
      }),
    };
    return [name, wrapped];
  }),
);

const config: Linter.Config[] = [
  {
    files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    plugins: { cors: { rules: timedRules } },
    rules: Object.fromEntries(Object.keys(timedRules).map((name) => [`cors/${name}`, 'error'])),
  },
];

export interface LintRun {
  readonly messages: Linter.LintMessage[];
  /** CPU time spent in the rules, in milliseconds. */
  readonly ruleMs: number;
  /** The same, by rule name. */
  readonly perRule: Readonly<Record<string, number>>;
}

const linter = new Linter({ configType: 'flat' });

/** Lints with every rule of the plugin; a rule that throws makes this throw, with the rule named. */
export function lintAll(code: string, filename = 'file.ts'): LintRun {
  ruleMicros = 0;
  perRuleMicros.clear();
  const messages = linter.verify(code, config, { filename });
  return {
    messages,
    ruleMs: ruleMicros / 1000,
    perRule: Object.fromEntries([...perRuleMicros].map(([name, micros]) => [name, micros / 1000])),
  };
}

/** Messages that are not findings: parse errors. */
export function fatalMessages(messages: readonly Linter.LintMessage[]) {
  return messages.filter((message) => message.fatal || message.ruleId === null);
}

/** The rule names of the findings, in report order. */
export function ruleNamesOf(messages: readonly Linter.LintMessage[]): string[] {
  return messages.flatMap((message) => (message.ruleId ? [message.ruleId.replace(/^cors\//, '')] : []));
}
