import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { Finding, SuggestionHint, TextEdit } from '../../model/finding';
import type { HeaderWrite } from '../../model/header-write';
import { removeListElement, removeStatement } from '../../ast/list-edits';
import { calledMethodName, propertyName, staticValueOf } from '../../ast/static-values';
import { unwrapExpression } from '../../ast/unwrap';
import type { CorsFile } from '../file-context';
import { ALLOW_CREDENTIALS, ALLOW_ORIGIN, MAX_AGE } from '../header-names';
import { invalidOriginReason, serializedOriginFix, shownHeaderValue } from '../origin-syntax';
import { originSourceOf } from '../origin-sources';
import { isRequestOrigin, type ExactAllowlist } from './allowlists';
import type { ResponseIndex } from './responses';
import { valueOutcomes } from './value-outcomes';

/** The longest preflight cache any browser keeps: Firefox 86400 s (Chromium 7200 s, WebKit 600 s). */
const LONGEST_BROWSER_MAX_AGE = 86_400;

/** Appending methods and the method that sets the header once instead. */
const SINGLE_VALUE_METHODS: Readonly<Record<string, string>> = { append: 'set', appendHeader: 'setHeader' };

type FindingOf = Omit<Finding, 'ruleId'>;

/**
 * valid-cors-header-value: constant CORS header values that browsers reject or that never match,
 * and exact allowlist entries that can never equal an `Origin` header.
 */
export function headerValueFindings(
  file: CorsFile,
  index: ResponseIndex,
  lists: readonly ExactAllowlist[],
): Finding[] {
  const found: FindingOf[] = [];
  for (const write of index.writes) {
    if (!write.value) continue;
    if (write.name === ALLOW_ORIGIN) found.push(...allowOrigin(file, write, write.value));
    if (write.name === ALLOW_CREDENTIALS) found.push(...allowCredentials(file, write, write.value));
    if (write.name === MAX_AGE) found.push(...maxAge(file, write.value));
  }
  found.push(...repeatedAllowOrigin(index), ...allowlistEntries(file, lists), ...comparedOrigins(file, index, lists));
  return found.map((finding) => ({ ruleId: 'valid-cors-header-value', ...finding }));
}

function allowOrigin(file: CorsFile, write: HeaderWrite, value: TSESTree.Node): FindingOf[] {
  if (write.appends) return [{ messageId: 'appendedAllowOrigin', node: value, data: {}, suggestions: setInsteadOfAppend(file, write) }];
  const plain = unwrapExpression(value);
  const known = staticValueOf(value, file.scopeOf)?.value;
  if (plain.type === AST_NODE_TYPES.ArrayExpression ? plain.elements.length > 1 : Array.isArray(known) && known.length > 1)
    return [{ messageId: 'multipleAllowOrigin', node: value, data: { how: 'an array sends one header line per element' } }];
  if (known === undefined && plain.type === AST_NODE_TYPES.CallExpression && calledMethodName(plain) === 'join')
    return [{ messageId: 'multipleAllowOrigin', node: value, data: { how: '`join` puts every origin of the list into the one value' } }];
  return valueOutcomes(file, value).flatMap((outcome) => {
    const text = staticValueOf(outcome, file.scopeOf)?.value;
    const single = Array.isArray(text) && text.length === 1 ? text[0] : text;
    if (typeof single !== 'string') return [];
    const reason = invalidOriginReason(single);
    if (!reason) return [];
    return [{ messageId: 'invalidAllowOrigin', node: outcome, data: { value: shownHeaderValue(single), reason }, suggestions: originFix(outcome, single) }];
  });
}

/** `res.append(ACAO, o)` → `res.set(ACAO, o)`; `headers.append` → `headers.set`. */
function setInsteadOfAppend(file: CorsFile, write: HeaderWrite): SuggestionHint[] {
  const call = write.call;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments.length !== 2) return [];
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return [];
  const method = SINGLE_VALUE_METHODS[file.sourceCode.getText(callee.property)];
  return method ? [{ messageId: 'setInsteadOfAppend', data: { method }, edits: [{ range: callee.property.range, text: method }] }] : [];
}

/** The serialized origin a value obviously means (trailing slash, case, default port). */
function originFix(node: TSESTree.Node, value: string): SuggestionHint[] {
  const fixed = serializedOriginFix(value);
  if (!fixed || unwrapExpression(node).type !== AST_NODE_TYPES.Literal) return [];
  return [{ messageId: 'useSerializedOrigin', data: { fixed }, edits: [{ range: node.range, text: quoteLike(node, fixed) }] }];
}

/** A string literal in the quote style of `node`. */
function quoteLike(node: TSESTree.Node, text: string): string {
  const raw = unwrapExpression(node).type === AST_NODE_TYPES.Literal ? (unwrapExpression(node) as TSESTree.Literal).raw : "'";
  const quote = raw.startsWith('"') ? '"' : "'";
  return `${quote}${text}${quote}`;
}

function allowCredentials(file: CorsFile, write: HeaderWrite, value: TSESTree.Node): FindingOf[] {
  return valueOutcomes(file, value).flatMap((outcome) => {
    const known = staticValueOf(outcome, file.scopeOf);
    // Node, Express, Koa, Fastify and web `Headers` all send boolean `true` as the text `true`.
    if (!known || known.value === true || known.value === 'true') return [];
    const text = String(known.value);
    const suggestions: SuggestionHint[] = [];
    if (text.trim().toLowerCase() === 'true') suggestions.push({ messageId: 'useExactTrue', edits: [{ range: outcome.range, text: quoteLike(outcome, 'true') }] });
    else if (outcome === value) suggestions.push(...removeWrite(file, write));
    return [{ messageId: 'invalidAllowCredentials', node: outcome, data: { value: text }, suggestions }];
  });
}

/** Removes a write that stands alone: its statement, or its property in a headers object. */
function removeWrite(file: CorsFile, write: HeaderWrite): SuggestionHint[] {
  let edit: TextEdit | undefined;
  if (write.node.type === AST_NODE_TYPES.Property || write.api === 'tuple') edit = removeListElement(file.sourceCode, write.node);
  else if (write.node.type === AST_NODE_TYPES.CallExpression && write.node.parent.type === AST_NODE_TYPES.ExpressionStatement && write.api !== 'writeHead')
    edit = removeStatement(file.sourceCode, write.node.parent);
  return edit ? [{ messageId: 'removeCredentialsHeader', edits: [edit] }] : [];
}

function maxAge(file: CorsFile, value: TSESTree.Node): FindingOf[] {
  return valueOutcomes(file, value).flatMap((outcome): FindingOf[] => {
    const known = staticValueOf(outcome, file.scopeOf);
    if (!known) return [];
    const reason = invalidMaxAgeReason(known.value);
    if (reason) return [{ messageId: 'invalidMaxAge', node: outcome, data: { value: String(known.value), reason } }];
    return Number(known.value) > LONGEST_BROWSER_MAX_AGE ? [{ messageId: 'maxAgeAboveBrowserCaps', node: outcome, data: { value: String(known.value) } }] : [];
  });
}

/** `delta-seconds`: digits only. Numbers are sent as their decimal text. */
function invalidMaxAgeReason(value: unknown): string | undefined {
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return 'it is not a whole number of seconds';
    return value < 0 ? 'it is negative' : undefined;
  }
  if (typeof value === 'string') return /^\d+$/.test(value) ? undefined : 'it is not a whole number of seconds (digits only, such as `600`)';
  return 'it is not a number of seconds';
}

/**
 * Two Allow-Origin entries in one headers object or list (`new Headers([[ACAO, a], [ACAO, b]])`,
 * `writeHead(200, [ACAO, a, ACAO, b])`, keys that differ only in case): both lines are sent.
 */
function repeatedAllowOrigin(index: ResponseIndex): FindingOf[] {
  const seen = new Set<TSESTree.Node>();
  const found: FindingOf[] = [];
  for (const write of index.writes) {
    if (write.name !== ALLOW_ORIGIN || !write.value) continue;
    const container = sharedContainer(write);
    if (!container) continue;
    if (seen.has(container))
      found.push({ messageId: 'multipleAllowOrigin', node: write.value, data: { how: 'the same headers list already has an Access-Control-Allow-Origin entry' } });
    seen.add(container);
  }
  return found;
}

/** The object literal or array that lists this write among others. */
function sharedContainer(write: HeaderWrite): TSESTree.Node | undefined {
  const parent = write.node.parent;
  if (write.node.type === AST_NODE_TYPES.Property && parent?.type === AST_NODE_TYPES.ObjectExpression) return parent;
  if (parent?.type === AST_NODE_TYPES.ArrayExpression && (write.api === 'tuple' || write.api === 'writeHead')) return parent;
  return undefined;
}

/** Entries of an exact allowlist that no `Origin` header can equal. */
function allowlistEntries(file: CorsFile, lists: readonly ExactAllowlist[]): FindingOf[] {
  return lists.flatMap(({ array }) => unmatchableEntries(file, array));
}

/** The entries of one exact allowlist that no `Origin` header can equal (valid-cors-header-value). */
export function unmatchableEntries(file: CorsFile, array: TSESTree.ArrayExpression): FindingOf[] {
  return array.elements.flatMap((element) => (element ? unmatchable(file, element) : []));
}

/** `origin === 'https://example.com/'` and `case 'https://example.com/':` never match either. */
function comparedOrigins(file: CorsFile, index: ResponseIndex, lists: readonly ExactAllowlist[]): FindingOf[] {
  const found: FindingOf[] = [];
  for (const comparison of file.nodes.binaryChecks) {
    for (const [constant, other] of [
      [comparison.right, comparison.left],
      [comparison.left, comparison.right],
    ] as const) {
      if (constant.type === AST_NODE_TYPES.PrivateIdentifier || other.type === AST_NODE_TYPES.PrivateIdentifier) continue;
      if (isSerializedUrl(other)) continue;
      if (!isRequestOrigin(file, other, index, lists)) continue;
      // A variable only known to be written as Allow-Origin may hold a configured value, and
      // `value === '*'` is then a wildcard test (as in @koa/cors itself), not an origin comparison.
      if (!originSourceOf(file, other) && staticValueOf(constant, file.scopeOf)?.value === '*') continue;
      found.push(...unmatchable(file, constant));
    }
  }
  for (const statement of file.nodes.switches) {
    if (!isRequestOrigin(file, statement.discriminant, index, lists)) continue;
    for (const switchCase of statement.cases) if (switchCase.test) found.push(...unmatchable(file, switchCase.test));
  }
  return found;
}

/** `new URL(origin).href` ends with `/`: comparing it with a slash is right. */
function isSerializedUrl(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  return value.type === AST_NODE_TYPES.MemberExpression && propertyName(value) === 'href';
}

function unmatchable(file: CorsFile, node: TSESTree.Node): FindingOf[] {
  const value = staticValueOf(node, file.scopeOf)?.value;
  // `null` is judged by no-null-origin; an empty string is an emptiness check.
  if (typeof value !== 'string' || value === 'null' || value === '') return [];
  const reason = value === '*' ? '`*` is compared as text here and equals no origin' : invalidOriginReason(value);
  if (!reason) return [];
  return [{ messageId: 'unmatchableAllowlistEntry', node, data: { value, reason }, suggestions: originFix(node, value) }];
}
