import type { TSESTree } from '@typescript-eslint/utils';
import type { Finding, SuggestionHint } from '../../model/finding';
import type { CorsFile } from '../file-context';
import { removeListElement } from '../../ast/list-edits';
import { serializedOriginFix, shownHeaderValue } from '../origin-syntax';
import type { AllowlistForm } from '../../frameworks/types';
import type { CorsConfig } from './cors-config';
import type { OriginJudgement, OriginValueIssue, ReflectCause } from './origin-effect';
import { allowlistRepair } from './repair';
import { developmentReach } from '../development-branches';

export const ATTACKER_ORIGIN = 'https://evil.example';

/** What each cause makes the library do, in the words of a message (`{{library}} {{cause}}`). */
const REFLECT_CAUSES: Readonly<Record<ReflectCause, (key: string) => string>> = {
  true: (key) => `it echoes the request Origin for \`${key}: true\``,
  callback: (key) => `its \`${key}\` callback allows every origin`,
  'regexp-all': (key) => `its \`${key}\` RegExp matches every origin`,
  'truthy-entry': (key) => `it treats a non-string entry in \`${key}\` as "allow"`,
  default: (key) => `it echoes the request Origin by default when \`${key}\` is not set`,
  star: () => 'it treats `*` as "echo the request Origin"',
  'star-with-credentials': () => 'it turns `*` with credentials into an echo of the request Origin',
  'default-star-with-credentials': (key) => `with credentials on and no \`${key}\`, its default \`*\` becomes an echo`,
  'empty-list': (key) => `it treats an empty \`${key}\` list as "echo the request Origin"`,
};

function credentialsData(config: CorsConfig) {
  const on = config.credentials === true;
  return {
    credentials: on ? ' together with `Access-Control-Allow-Credentials: true`' : '',
    impact: on ? " with the visitor's cookies" : '',
  };
}

function originKey(config: CorsConfig): string {
  return config.originOptions[0]?.key ?? config.table.allowlistKey ?? config.table.options.origin[0]!;
}

/** The fix in the library's own terms, matching what the codemod writes. */
const ALLOWLIST_FIXES: Readonly<Record<AllowlistForm, (key: string) => string>> = {
  array: (key) => `Set \`${key}\` to an exact list of trusted origins.`,
  'return-origin': (key) => `Set \`${key}\` to a function that returns the origin only if an exact allowlist has it.`,
  'koa-context': (key) => `Set \`${key}\` to a function that returns \`ctx.get('Origin')\` only if an exact allowlist has it, else \`''\`.`,
  'yoga-factory': () => 'Set `cors` to a function that returns `{ origin }` only for an allowlisted origin, else `false`.',
  none: (key) => `Set \`${key}\` to the one trusted origin.`,
};

/** Version differences (`@koa/cors` before v5 reflected by default) are in the rule docs, not the message. */
function allowlistFix(config: CorsConfig): string {
  const { table } = config;
  return ALLOWLIST_FIXES[table.allowlistForm](table.allowlistKey ?? table.options.origin[0]!);
}

/** Where a configuration-wide report goes: the origin option, else the options' key, else the call. */
function reportNode(config: CorsConfig, judgement: OriginJudgement): TSESTree.Node {
  const effect = judgement.effect;
  const option = 'option' in effect ? effect.option : undefined;
  return option?.property ?? config.optionsProperty ?? config.call;
}

export function configFindings(file: CorsFile, config: CorsConfig, judgement: OriginJudgement): Finding[] {
  const findings: Finding[] = [];
  const effect = judgement.effect;
  const node = reportNode(config, judgement);
  const tags = { library: config.library, credentials: config.credentials === true };
  if (effect.kind === 'reflect-any' && effect.development) {
    findings.push({
      ruleId: 'no-reflected-origin',
      messageId: 'libraryReflectsOriginInDevelopment',
      node,
      data: { library: config.library, condition: effect.development.condition, reach: developmentReach(effect.development), attackerOrigin: ATTACKER_ORIGIN, ...credentialsData(config) },
      // The production branch is the project's own: a person keeps it and lists the local origins.
      repair: { kind: 'manual-review', anchorRange: node.range, reason: 'replace the development-only branch with an exact list of local origins' },
      tags,
    });
  } else if (effect.kind === 'reflect-any') {
    findings.push({
      ruleId: 'no-reflected-origin',
      messageId: 'libraryReflectsOrigin',
      node,
      data: {
        library: config.library,
        cause: REFLECT_CAUSES[effect.cause](originKey(config)),
        attackerOrigin: ATTACKER_ORIGIN,
        ...credentialsData(config),
        fix: allowlistFix(config),
      },
      repair: allowlistRepair(config, node.range),
      tags,
    });
  }
  if (effect.kind === 'wildcard-with-credentials') {
    findings.push({
      ruleId: 'no-wildcard-with-credentials',
      messageId: 'libraryWildcardWithCredentials',
      node,
      data: {
        library: config.library,
        cause: effect.option ? '' : ' (its defaults)',
        fix: `${allowlistFix(config)} For a public API, turn credentials off instead.`,
      },
      repair: allowlistRepair(config, node.range),
      tags,
    });
  }
  if (config.table.vary === 'never' && (effect.kind === 'reflect-any' || effect.kind === 'per-request')) {
    findings.push({
      ruleId: 'require-vary-origin',
      messageId: 'libraryOmitsVary',
      node,
      data: { library: config.library, fix: 'Add `Vary: Origin` to every response yourself, for example in a middleware that runs before CORS.' },
      repair: { kind: 'manual-review', anchorRange: node.range, reason: `${config.library} never sends \`Vary: Origin\`; add it to every response in a middleware` },
      tags,
    });
  }
  if (judgement.nullOnMiss) {
    findings.push({
      ruleId: 'no-null-origin',
      messageId: 'libraryNullOnMiss',
      node: judgement.nullOnMiss.property,
      data: { library: config.library, ...credentialsData(config), note: config.table.origin.array?.missNote ?? 'the library answers `null` when no entry matches' },
      tags,
    });
  }
  for (const issue of judgement.issues) findings.push(issueFinding(file, config, issue));
  return findings;
}

function issueFinding(file: CorsFile, config: CorsConfig, issue: OriginValueIssue): Finding {
  const tags = { library: config.library, credentials: config.credentials === true };
  if (issue.issue === 'null') {
    const removable = issue.list && issue.list.elements.length > 1;
    const edits = removable ? [removeListElement(file.sourceCode, issue.node)] : [];
    const suggestions: SuggestionHint[] = removable ? [{ messageId: 'removeNullOrigin', edits }] : [];
    return {
      ruleId: 'no-null-origin',
      messageId: 'libraryNullOrigin',
      node: issue.node,
      data: { library: config.library, ...credentialsData(config) },
      suggestions,
      ...(removable && { repair: { kind: 'drop-null-origin', edits } }),
      tags,
    };
  }
  const fixed = serializedOriginFix(issue.value);
  const suggestions: SuggestionHint[] =
    fixed && issue.node.type === 'Literal' && issue.node.value === issue.value
      ? [{ messageId: 'useSerializedOrigin', data: { fixed }, edits: [{ range: issue.node.range, text: quoteLike(issue.node.raw, fixed) }] }]
      : [];
  return {
    ruleId: 'valid-cors-header-value',
    messageId: issue.issue === 'never-matches' ? 'libraryOriginNeverMatches' : 'libraryInvalidOrigin',
    node: issue.node,
    data: { library: config.library, value: shownHeaderValue(issue.value), reason: issue.reason ?? '', option: issue.option.key },
    suggestions,
    tags,
  };
}

/** `value` as a string literal with the quote style of `raw`. */
function quoteLike(raw: string, value: string): string {
  const quote = raw.startsWith('"') ? '"' : "'";
  return `${quote}${value}${quote}`;
}
