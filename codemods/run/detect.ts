import path from 'node:path';
import { Linter, type Rule } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import type { Finding } from '../../src/model/finding';
import type { Range, Repair } from '../../src/model/repair';
import { CORS_RULE_IDS, type CorsRuleId } from '../../src/model/rule-ids';
import { defineCorsFindingsListener } from '../../src/rule-kit/cors-findings';
import { rules } from '../../rules';
import { CODEMOD_GLOBALS } from './globals';

/** A finding reduced to plain data: it outlives the ESLint tree and survives JSON. */
export interface DetectedFinding {
  readonly ruleId: CorsRuleId;
  readonly messageId: string;
  /** The rule's message as ESLint reports it. */
  readonly message?: string;
  /** 1-based, as editors show it. */
  readonly line: number;
  /** 1-based, as editors show it. */
  readonly column: number;
  readonly range: Range;
  readonly repair?: Repair;
}

export type Detection =
  | { readonly ok: true; readonly findings: readonly DetectedFinding[] }
  | { readonly ok: false; readonly reason: string };

/** Extensions the codemod reads; `.cjs`/`.cts` are CommonJS as in ESLint's defaults. */
export const SOURCE_EXTENSIONS = ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts'] as const;

const PLUGIN = 'cors';
const COLLECTOR = 'cors-codemod/collect';

/** Filled by the collector rule during one synchronous `verify` call. */
let sink: Finding[] | undefined;

const collectorRule: Rule.RuleModule = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    // The context types of ESLint and typescript-eslint differ; the runtime object is the same.
    return defineCorsFindingsListener(context as never, '*', (finding) => void sink?.push(finding)) as never;
  },
};

function configFor(sourceType: 'module' | 'commonjs', jsx: boolean): Linter.Config[] {
  return [
    {
      files: [`**/*.{${SOURCE_EXTENSIONS.join(',')}}`],
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      languageOptions: {
        parser: tsParser as Linter.Parser,
        sourceType,
        ecmaVersion: 'latest',
        parserOptions: { ecmaFeatures: { jsx } },
        globals: CODEMOD_GLOBALS,
      },
      // The real rules run with their defaults: a finding counts only when its rule reports it, so
      // `eslint-disable` comments and the rules' own filtering apply to the codemod too.
      plugins: {
        [PLUGIN]: { rules: rules as never },
        'cors-codemod': { rules: { collect: collectorRule } },
      },
      rules: {
        ...Object.fromEntries(CORS_RULE_IDS.map((id) => [`${PLUGIN}/${id}`, 'error'])),
        [COLLECTOR]: 'error',
      },
    },
  ];
}

/** Built once: ESLint caches the normalized config per array. */
const CONFIGS = {
  module: { jsx: configFor('module', true), plain: configFor('module', false) },
  commonjs: { jsx: configFor('commonjs', true), plain: configFor('commonjs', false) },
};

/** One linter per filesystem root, so every absolute path lies inside the linter's `cwd`. */
const linters = new Map<string, Linter>();
function linterFor(filename: string): Linter {
  const root = path.parse(filename).root || '/';
  let linter = linters.get(root);
  if (!linter) {
    linter = new Linter({ configType: 'flat', cwd: root });
    linters.set(root, linter);
  }
  return linter;
}

/** `.ts` never has JSX (`<T>x` is a cast there); every other extension may. */
function allowsJsx(extension: string): boolean {
  return !['.ts', '.mts', '.cts'].includes(extension);
}

/** Module first, as ESLint does by default; legacy `.js` that only parses as a script gets a second try. */
function sourceTypesFor(extension: string): ReadonlyArray<'module' | 'commonjs'> {
  if (extension === '.cjs' || extension === '.cts') return ['commonjs'];
  if (extension === '.js' || extension === '.jsx') return ['module', 'commonjs'];
  return ['module'];
}

const locationKey = (ruleId: string, messageId: string | undefined, line: number, column: number) =>
  `${ruleId}\u0000${messageId}\u0000${line}:${column}`;

/**
 * Runs the rules' own analysis over `text` (without a BOM) and returns every finding a rule
 * reports, with its repair. A file that does not parse comes back as `ok: false` with the reason.
 */
export function detectFindings(text: string, filename: string): Detection {
  const absolute = path.resolve(filename);
  const extension = path.extname(absolute).toLowerCase();
  const linter = linterFor(absolute);
  let parseError: Linter.LintMessage | undefined;
  for (const sourceType of sourceTypesFor(extension)) {
    const collected: Finding[] = [];
    sink = collected;
    let messages: Linter.LintMessage[];
    try {
      const configs = CONFIGS[sourceType];
      messages = linter.verify(text, allowsJsx(extension) ? configs.jsx : configs.plain, { filename: absolute });
    } finally {
      sink = undefined;
    }
    const fatal = messages.find((message) => message.fatal);
    if (fatal) {
      parseError ??= fatal;
      continue;
    }
    return { ok: true, findings: keepReported(collected, messages) };
  }
  const where = parseError ? ` (${parseError.line}:${parseError.column})` : '';
  return { ok: false, reason: `could not parse: ${parseError?.message ?? 'unknown error'}${where}` };
}

/** The findings some rule reported, each paired with the message ESLint produced for it. */
function keepReported(findings: readonly Finding[], messages: readonly Linter.LintMessage[]): DetectedFinding[] {
  const reported = new Map<string, Linter.LintMessage[]>();
  for (const message of messages) {
    if (!message.ruleId?.startsWith(`${PLUGIN}/`)) continue;
    const key = locationKey(message.ruleId.slice(PLUGIN.length + 1), message.messageId, message.line, message.column);
    reported.set(key, [...(reported.get(key) ?? []), message]);
  }
  const kept: DetectedFinding[] = [];
  for (const finding of findings) {
    const { start } = finding.node.loc;
    const pending = reported.get(locationKey(finding.ruleId, finding.messageId, start.line, start.column + 1));
    const message = pending?.shift();
    if (!message) continue;
    kept.push({
      ruleId: finding.ruleId,
      messageId: finding.messageId,
      message: message.message,
      line: start.line,
      column: start.column + 1,
      range: [finding.node.range[0], finding.node.range[1]],
      ...(finding.repair ? { repair: finding.repair } : {}),
    });
  }
  return kept;
}
