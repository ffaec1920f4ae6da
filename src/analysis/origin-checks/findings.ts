import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { Finding, SuggestionHint } from '../../model/finding';
import type { Repair } from '../../model/repair';
import { calledReceiver } from '../../ast/static-values';
import { unwrapValue } from '../../ast/unwrap';
import type { CorsFile } from '../file-context';
import { resolveValue } from '../library-configs/object-options';
import { isEnvRead } from './allowlist-values';
import type { CheckUnit } from './check-units';
import type { Verdict } from './judge';
import type { LibraryEntry } from './library-entries';
import {
  anchoredOriginRegex,
  asOperand,
  exactComparison,
  fitInto,
  hostBoundaryCheck,
  inBooleanPosition,
  isSimpleOperand,
  originTextAt,
  standsAlone,
  subdomainRegex,
} from './rewrites';
import { isLegacyForm, type SubjectForm } from './subject-form';

export const WEAK_ORIGIN_CHECK = 'weakOriginCheck';

/** Suggestion message ids; the rule declares one message for each. */
export const SUGGESTIONS = {
  exactOrigin: 'useExactOrigin',
  subdomainCheck: 'useSubdomainCheck',
  anchoredRegex: 'useAnchoredRegex',
  splitAllowlist: 'splitAllowlist',
} as const;

/** Exact comparisons with more origins than this read better as an allowlist Set. */
const MAX_INLINE_ORIGINS = 4;

/**
 * `alone` is false when the check is one of several in a condition that share its flaw
 * (`host === 'a.com' || host.endsWith('.a.com')` on `url.parse()`): replacing only this one would
 * leave the others, so the site goes to manual review and gets no suggestion.
 */
export function unitFinding(file: CorsFile, unit: CheckUnit, verdict: Verdict, alone: boolean): Finding {
  const originText = originTextAt(file, unit.subject, unit.node);
  const shared = 'the condition combines several checks with the same flaw; rewrite it as one allowlist check';
  return {
    ruleId: 'no-weak-origin-check',
    messageId: WEAK_ORIGIN_CHECK,
    node: unit.node,
    data: messageData(verdict, fixAdvice(unit.type, unit.subject.form, verdict)),
    suggestions: verdict.weakness.schemeOnly || !alone ? [] : unitSuggestions(file, unit, verdict, originText),
    repair: alone || verdict.weakness.schemeOnly ? unitRepair(file, unit, verdict, originText) : review(unit.node.range, shared),
    tags: tags(verdict),
  };
}

export function entryFinding(file: CorsFile, entry: LibraryEntry, verdict: Verdict): Finding {
  const suggestions = !verdict.weakness.schemeOnly && entry.type === 'regex' ? regexSuggestions(verdict, 'origin') : [];
  return {
    ruleId: 'no-weak-origin-check',
    messageId: WEAK_ORIGIN_CHECK,
    node: entry.node,
    data: messageData(verdict, entryAdvice(entry, verdict)),
    suggestions,
    repair: entryRepair(file, entry, verdict),
    tags: { ...tags(verdict), library: entry.config.library },
  };
}

function messageData(verdict: Verdict, fix: string): Record<string, string> {
  return { attackerOrigin: verdict.weakness.attackerOrigin, reason: verdict.weakness.reason, fix };
}

/** `scheme: 'http'` marks findings that only `checkScheme` reports. */
function tags(verdict: Verdict): Record<string, string | boolean> {
  return { ...(verdict.weakness.schemeOnly ? { scheme: 'http' } : {}), verified: verdict.weakness.verified };
}

/** How to fix a library option entry: list exact origins in the option itself. */
function entryAdvice(entry: LibraryEntry, verdict: Verdict): string {
  if (verdict.weakness.schemeOnly) return fixAdvice('exact', 'origin', verdict);
  const listed = verdict.intent.origins ? `[${verdict.intent.origins.map((o) => `'${o}'`).join(', ')}]` : "['https://example.com']";
  const pattern = entry.type === 'glob' ? 'instead of the wildcard' : 'or anchor, escape and group the pattern';
  return `List the exact origins in the \`${entry.config.table.allowlistKey ?? entry.config.table.options.origin[0] ?? 'origin'}\` option (\`${listed}\`) ${pattern}`;
}

function fixAdvice(type: CheckUnit['type'], form: SubjectForm, verdict: Verdict): string {
  const { weakness, intent } = verdict;
  if (isLegacyForm(form) || weakness.kind === 'parser-confusion')
    return 'Parse it with `new URL(origin)`, not the legacy `url.parse()`, or compare whole origins with an exact allowlist';
  if (type === 'reversed') return 'Split the allowed origins on commas and compare whole origins';
  if (weakness.schemeOnly) return 'Compare whole `https://` origins';
  if (type === 'regex') return 'Compare whole origins with an exact allowlist, or anchor, escape and group the pattern';
  const host = intent.subdomainsOf;
  // The subdomain check in full is in the rule's docs; the suggestion writes it.
  return `Compare the whole origin with an exact allowlist${host ? `, or the parsed https \`hostname\` with \`.${host}\` as a suffix` : ''}`;
}

// --- suggestions ----------------------------------------------------------------------------

function unitSuggestions(file: CorsFile, unit: CheckUnit, verdict: Verdict, originText: string | undefined): SuggestionHint[] {
  const suggestions: SuggestionHint[] = [];
  // A match array in use keeps its capture groups only with the pattern the author wrote.
  if (valueMatters(unit)) return suggestions;
  const { intent, negated } = verdict;
  const range = unit.node.range;
  if (unit.type === 'reversed') {
    const split = splitAllowlist(file, unit.haystackNode, unit.node);
    if (split) suggestions.push({ messageId: SUGGESTIONS.splitAllowlist, data: { allowlist: unit.description }, edits: [split] });
    return suggestions;
  }
  const origins = intent.origins;
  if (originText && origins && origins.length <= MAX_INLINE_ORIGINS) {
    const text = fitInto(unit.node, exactComparison(asOperand(originText, unit.subject.originNode), origins, negated));
    suggestions.push({ messageId: SUGGESTIONS.exactOrigin, data: { origins: origins.join(', ') }, edits: [{ range, text }] });
  }
  const host = intent.subdomainsOf;
  if (host && unit.subject.form === 'origin' && originText && unit.type !== 'regex') {
    const text = `${negated ? '!' : ''}${subdomainRegex(host, true)}.test(${originText})`;
    suggestions.push({ messageId: SUGGESTIONS.subdomainCheck, data: { host, replacement: text }, edits: [{ range, text }] });
  }
  const hostText = unit.type === 'needle' ? subjectText(file, unit.node) : undefined;
  if (host && hostText && (unit.subject.form === 'hostname' || unit.subject.form === 'legacy-hostname')) {
    const text = hostBoundaryCheck(hostText, host, negated);
    suggestions.push({ messageId: SUGGESTIONS.subdomainCheck, data: { host, replacement: text }, edits: [{ range, text }] });
  }
  if (unit.type === 'regex') suggestions.push(...regexSuggestions(verdict, unit.subject.form));
  return suggestions;
}

/** `const m = re.exec(origin)`: swapping in a boolean would break code that reads the match. */
function valueMatters(unit: CheckUnit): boolean {
  return unit.type === 'regex' && unit.yieldsMatch && !inBooleanPosition(unit.node);
}

/** The hostname expression a needle check reads, when repeating it is harmless. */
function subjectText(file: CorsFile, node: TSESTree.Node): string | undefined {
  const call = unwrapValue(node);
  if (call.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const receiver = calledReceiver(call);
  const text = receiver && file.sourceCode.getText(receiver);
  return text && (isSimpleOperand(text) || /^new URL\([\w$.]+\)\.hostname$/.test(text)) ? text : undefined;
}

/** Replaces the pattern itself with an anchored, escaped one. */
function regexSuggestions(verdict: Verdict, form: string): SuggestionHint[] {
  const regex = verdict.regex;
  if (!regex) return [];
  const { origins, subdomainsOf } = verdict.intent;
  const withScheme = form === 'origin';
  let pattern: string | undefined;
  if (subdomainsOf && !origins) pattern = subdomainRegex(subdomainsOf, withScheme, regex.flags);
  else if (origins && origins.length <= MAX_INLINE_ORIGINS)
    pattern = anchoredOriginRegex(withScheme ? origins : origins.map((o) => new URL(o).host), regex.flags);
  if (!pattern) return [];
  // A pattern held in a `const` is fixed where it is defined.
  return [{ messageId: SUGGESTIONS.anchoredRegex, data: { pattern }, edits: [{ range: regex.definition.range, text: pattern }] }];
}

/** `'a,b'.includes(origin)` → `'a,b'.split(',').map((entry) => entry.trim()).includes(origin)`. */
function splitAllowlist(file: CorsFile, haystack: TSESTree.Node, unit: TSESTree.Node) {
  const text = file.sourceCode.getText(haystack);
  const optional = file.sourceCode.getText(unit).includes('?.');
  const receiver = optional ? `(${text} ?? '')` : isSimpleOperand(text) || haystack.type === AST_NODE_TYPES.Literal ? text : `(${text})`;
  return { range: haystack.range, text: `${receiver}.split(',').map((entry) => entry.trim())` };
}

// --- repairs --------------------------------------------------------------------------------

function unitRepair(file: CorsFile, unit: CheckUnit, verdict: Verdict, originText: string | undefined): Repair | undefined {
  if (verdict.weakness.schemeOnly) return undefined;
  const range = unit.node.range;
  const checkText = file.sourceCode.getText(unit.node);
  const origins = verdict.intent.origins;
  const env = unit.type === 'reversed' ? envName(resolveValue(file, unit.haystackNode)) : undefined;
  if (!originText) return review(range, 'the origin this check reads is not in scope here; compare it against the allowlist by hand');
  if (valueMatters(unit)) return review(range, 'the match result is used as a value, not only as a yes/no; replace the pattern with an exact allowlist check by hand');
  const details = {
    site: 'expression',
    negated: String(verdict.negated),
    optional: String(checkText.includes('?.') || !!unit.subject.fallback),
    standalone: String(standsAlone(unit.node)),
    checkText,
    weakness: verdict.weakness.kind,
    ...(verdict.intent.subdomainsOf ? { subdomainsOf: verdict.intent.subdomainsOf } : {}),
  };
  if (origins) return { kind: 'harden-origin-check', checkRange: range, originText, intendedOrigins: origins, details };
  if (env) return { kind: 'harden-origin-check', checkRange: range, originText, intendedOrigins: [], details: { ...details, allowlistEnv: env } };
  return review(range, verdict.intent.unclear ?? 'the origins this check means to allow are unclear');
}

function entryRepair(file: CorsFile, entry: LibraryEntry, verdict: Verdict): Repair | undefined {
  if (verdict.weakness.schemeOnly) return undefined;
  const origins = verdict.intent.origins;
  const range = entry.node.range;
  if (!origins) return review(range, verdict.intent.unclear ?? 'the origins this pattern means to allow are unclear');
  return {
    kind: 'harden-origin-check',
    checkRange: range,
    originText: '',
    intendedOrigins: origins,
    details: { site: entry.site, library: entry.config.library, checkText: file.sourceCode.getText(entry.node), weakness: verdict.weakness.kind },
  };
}

function review(anchorRange: readonly [number, number], reason: string): Repair {
  return { kind: 'manual-review', anchorRange, reason: `weak origin check: ${reason}` };
}

/** `process.env.CORS_ORIGINS` → `CORS_ORIGINS`, through `(… ?? '')` and `!`. */
function envName(node: TSESTree.Node): string | undefined {
  let current = unwrapValue(node);
  if (current.type === AST_NODE_TYPES.LogicalExpression) current = unwrapValue(current.left);
  if (current.type !== AST_NODE_TYPES.MemberExpression || !isEnvRead(current)) return undefined;
  if (!current.computed && current.property.type === AST_NODE_TYPES.Identifier) return current.property.name;
  return current.property.type === AST_NODE_TYPES.Literal && typeof current.property.value === 'string' ? current.property.value : undefined;
}
