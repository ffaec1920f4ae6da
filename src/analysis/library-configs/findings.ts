import type { TSESTree } from '@typescript-eslint/utils';
import type { Finding, SuggestionHint } from '../../model/finding';
import type { CorsFile } from '../file-context';
import { removeListElement } from '../../ast/list-edits';
import { serializedOriginFix, shownHeaderValue } from '../origin-syntax';
import type { AllowlistForm } from '../../frameworks/types';
import type { CorsConfig } from './cors-config';
import type { OriginJudgement, OriginValueIssue, ReflectCause } from './origin-effect';
import { allowlistRepair } from './repair';

export const ATTACKER_ORIGIN = 'https://evil.example';

/** What each cause makes the library do, in the words of a message (`{{library}} {{cause}}`). */
const REFLECT_CAUSES: Readonly<Record<ReflectCause, (key: string) => string>> = {
  true: (key) => `echoes the request Origin for \`${key}: true\``,
  callback: (key) => `has an \`${key}\` callback that allows every origin`,
  'regexp-all': (key) => `tests origins with an \`${key}\` RegExp that matches every origin`,
  'truthy-entry': (key) => `treats the non-string entry in its \`${key}\` list as "allow", which matches every origin`,
  default: (key) => `echoes the request Origin by default when \`${key}\` is not set`,
  star: () => 'treats `*` as "echo the request Origin"',
  'star-with-credentials': () => 'turns `*` with credentials into an echo of the request Origin',
  'default-star-with-credentials': (key) =>
    `turns its default \`*\` into an echo of the request Origin because credentials are on and \`${key}\` is not set`,
  'empty-list': (key) => `treats an empty \`${key}\` list as "echo the request Origin"`,
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
  'return-origin': (key) => `Set \`${key}\` to a function that returns the origin only when it is in an exact allowlist (\`allowedOrigins.has(origin)\`).`,
  'koa-context': (key) => `Set \`${key}\` to a function that returns \`ctx.get('Origin')\` only when it is in an exact allowlist, and \`''\` otherwise.`,
  'yoga-factory': () => 'Set `cors` to a function that returns `{ origin }` only for a request origin in an exact allowlist, and `false` otherwise.',
  none: (key) => `Set \`${key}\` to the one trusted origin.`,
};

function allowlistFix(config: CorsConfig, withVersionNote = false): string {
  const { table } = config;
  const fix = ALLOWLIST_FIXES[table.allowlistForm](table.allowlistKey ?? table.options.origin[0]!);
  return withVersionNote && table.versionNote ? `${fix} Note: ${table.versionNote}.` : fix;
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
  if (effect.kind === 'reflect-any') {
    findings.push({
      ruleId: 'no-reflected-origin',
      messageId: 'libraryReflectsOrigin',
      node,
      data: {
        library: config.library,
        cause: REFLECT_CAUSES[effect.cause](originKey(config)),
        attackerOrigin: ATTACKER_ORIGIN,
        ...credentialsData(config),
        // Version differences matter when a default is the cause (`@koa/cors` before v5 reflected by default).
        fix: allowlistFix(config, effect.cause === 'default' || effect.cause === 'default-star-with-credentials'),
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
