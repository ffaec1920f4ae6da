import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { CorsFile } from '../file-context';
import type { ArraySemantics, OriginSemantics } from '../../frameworks/types';
import { staticValueOf } from '../../ast/static-values';
import { invalidOriginReason } from '../origin-syntax';
import type { CorsConfig, OriginOption } from './cors-config';
import { callbackAllowsEveryOrigin, developmentAllowance } from './callback-answers';
import { developmentBranch, developmentSide, type DevelopmentBranch } from '../development-branches';
import { resolveFunction } from './callback-function';
import { resolveValue } from './object-options';
import { matchesEveryOrigin, regexpSource } from './regexp-values';

/** Why a configuration lets every origin through. */
export type ReflectCause =
  | 'true'
  | 'callback'
  | 'regexp-all'
  | 'truthy-entry'
  | 'default'
  | 'star'
  | 'star-with-credentials'
  | 'default-star-with-credentials'
  | 'empty-list';

/** What the browser gets from a configuration, as far as the source shows. */
export type OriginEffect =
  /** `development`: the mode test (`process.env.NODE_ENV !== 'production'`) when only development builds reflect. */
  | { readonly kind: 'reflect-any'; readonly cause: ReflectCause; readonly option?: OriginOption; readonly development?: DevelopmentBranch }
  | { readonly kind: 'wildcard'; readonly option?: OriginOption }
  /** `*` and `Allow-Credentials: true` together: browsers reject credentialed requests. */
  | { readonly kind: 'wildcard-with-credentials'; readonly option?: OriginOption }
  /** The same value to every request. */
  | { readonly kind: 'fixed'; readonly option: OriginOption }
  /** An answer that depends on the request (a list, a RegExp, a callback, an exact-match string). */
  | { readonly kind: 'per-request'; readonly option: OriginOption }
  | { readonly kind: 'none' }
  | { readonly kind: 'unknown' };

/** A value in the origin option that is wrong whatever the request. */
export interface OriginValueIssue {
  readonly node: TSESTree.Node;
  readonly value: string;
  /**
   * `null`: trusts the opaque origin; `invalid-sent`: the library sends it and browsers reject it;
   * `never-matches`: the library compares request origins with it and none can be equal.
   */
  readonly issue: 'null' | 'invalid-sent' | 'never-matches';
  readonly reason?: string;
  readonly option: OriginOption;
  /** The array literal the value is an element of, when it is one. */
  readonly list?: TSESTree.ArrayExpression;
}

export interface OriginJudgement {
  readonly effect: OriginEffect;
  readonly issues: readonly OriginValueIssue[];
  /** A list the library answers `null` for when the origin is not in it (graphql-yoga). */
  readonly nullOnMiss?: OriginOption;
}

const UNKNOWN: OriginJudgement = { effect: { kind: 'unknown' }, issues: [] };

/** Reads a configuration's origin through its library's table. */
export function judgeOrigin(file: CorsFile, config: CorsConfig): OriginJudgement {
  if (config.source === 'wildcard') return { effect: { kind: 'wildcard' }, issues: [] };
  const option = config.originOptions[0];
  if (!option) return config.originHidden ? UNKNOWN : { effect: defaultEffect(config), issues: [] };
  if (config.originHidden) return UNKNOWN;
  return judgeValue(file, config, option);
}

function defaultEffect(config: CorsConfig): OriginEffect {
  switch (config.table.defaults.origin) {
    case 'reflect':
      return { kind: 'reflect-any', cause: 'default' };
    case 'none':
      return { kind: 'none' };
    case 'wildcard':
      return starEffect(config, undefined, 'default-star-with-credentials');
  }
}

/** `*` meets credentials: the browser gets `*` (rejected with credentials) or, in some libraries, the request origin. */
function starEffect(config: CorsConfig, option: OriginOption | undefined, cause: ReflectCause): OriginEffect {
  if (config.credentials !== true) return { kind: 'wildcard', option };
  switch (config.table.starWithCredentials) {
    case 'reflects':
      return { kind: 'reflect-any', cause, option };
    case 'sends-both':
      return { kind: 'wildcard-with-credentials', option };
    case 'drops-credentials':
      return { kind: 'wildcard', option };
  }
}

function judgeValue(file: CorsFile, config: CorsConfig, option: OriginOption): OriginJudgement {
  const semantics = config.table.origin;
  const fn = resolveFunction(file, option.value);
  if (fn) {
    if (!semantics.callback) return UNKNOWN;
    if (callbackAllowsEveryOrigin(file, fn, semantics.callback)) return { effect: { kind: 'reflect-any', cause: 'callback', option }, issues: [] };
    const development = developmentAllowance(file, fn, semantics.callback);
    const effect: OriginEffect = development ? { kind: 'reflect-any', cause: 'callback', option, development } : { kind: 'per-request', option };
    return { effect, issues: [] };
  }
  const value = option.resolved;
  const developmentOnly = developmentArmEffect(file, config, option, value);
  if (developmentOnly) return { effect: developmentOnly, issues: [] };
  const regexp = regexpSource(file, value);
  if (regexp) return { effect: judgeRegexp(semantics.regexp, regexp.pattern, option), issues: [] };
  if (value.type === AST_NODE_TYPES.ArrayExpression) return judgeList(file, config, option, value);
  const known = staticValueOf(value, file.scopeOf);
  if (!known) return UNKNOWN;
  const constant = known.value;
  if (constant === true) return { effect: trueEffect(config, option), issues: trueIssues(config, option) };
  if (constant === false || constant === null || constant === undefined || constant === '') return { effect: { kind: 'none' }, issues: [] };
  if (typeof constant === 'string') return judgeString(config, option, constant, value);
  if (Array.isArray(constant)) return judgeStaticList(config, option, constant);
  return UNKNOWN;
}

/** `origin: isDev ? true : allowlist`: the development arm judged alone, reported when only it reflects. */
function developmentArmEffect(file: CorsFile, config: CorsConfig, option: OriginOption, value: TSESTree.Node): OriginEffect | undefined {
  if (value.type !== AST_NODE_TYPES.ConditionalExpression) return undefined;
  const side = developmentSide(file, value.test)?.development;
  if (side === undefined) return undefined;
  const arm = (side ? value.consequent : value.alternate) as TSESTree.Node;
  const judged = judgeValue(file, config, { ...option, value: arm, resolved: resolveValue(file, arm) }).effect;
  if (judged.kind !== 'reflect-any') return undefined;
  return { ...judged, option, development: developmentBranch(file, value.test, side) };
}

function judgeRegexp(supported: boolean, pattern: string, option: OriginOption): OriginEffect {
  if (!supported) return { kind: 'unknown' };
  return matchesEveryOrigin(pattern) ? { kind: 'reflect-any', cause: 'regexp-all', option } : { kind: 'per-request', option };
}

function trueEffect(config: CorsConfig, option: OriginOption): OriginEffect {
  switch (config.table.origin.true) {
    case 'reflect':
      return { kind: 'reflect-any', cause: 'true', option };
    case 'wildcard':
      return starEffect(config, option, 'star-with-credentials');
    default:
      return { kind: 'unknown' };
  }
}

/** The Koa family sends `true` as the header text. */
function trueIssues(config: CorsConfig, option: OriginOption): OriginValueIssue[] {
  if (config.table.origin.true !== 'invalid') return [];
  return [{ node: option.value, value: 'true', issue: 'invalid-sent', reason: 'it is not an origin (`https://host[:port]`)', option }];
}

function judgeString(
  config: CorsConfig,
  option: OriginOption,
  value: string,
  node: TSESTree.Node,
  stringMode: OriginSemantics['string'] = config.table.origin.string,
): OriginJudgement {
  const semantics = config.table.origin;
  if (semantics.keywords?.[value] === 'wildcard') return { effect: { kind: 'wildcard', option }, issues: [] };
  if (value === '*') {
    const effect = semantics.star === 'reflect' ? ({ kind: 'reflect-any', cause: 'star', option } as const) : starEffect(config, option, 'star-with-credentials');
    return { effect, issues: [] };
  }
  if (stringMode === 'comma-list') {
    const entries = value.split(',').map((entry) => entry.trim());
    return judgeStaticList(config, option, entries, node);
  }
  const fixed = stringMode === 'fixed';
  const issue = valueIssue(config, option, value, node, fixed ? 'invalid-sent' : 'never-matches', undefined);
  return { effect: { kind: fixed ? 'fixed' : 'per-request', option }, issues: issue ? [issue] : [] };
}

function valueIssue(
  config: CorsConfig,
  option: OriginOption,
  value: string,
  node: TSESTree.Node,
  mode: 'invalid-sent' | 'never-matches',
  list: TSESTree.ArrayExpression | undefined,
): OriginValueIssue | undefined {
  if (value === 'null') return { node, value, issue: 'null', option, list };
  if (config.table.origin.bareHosts && !value.includes('://')) return undefined;
  if (config.table.origin.array?.compare === 'glob' && list && value.includes('*')) return undefined;
  const reason = invalidOriginReason(value);
  return reason ? { node, value, issue: mode, reason, option, list } : undefined;
}

/** An array literal: each element is looked at, so reports can point at it. */
function judgeList(file: CorsFile, config: CorsConfig, option: OriginOption, list: TSESTree.ArrayExpression): OriginJudgement {
  const semantics = config.table.origin.array;
  if (!semantics) return UNKNOWN;
  const elements = list.elements.map((element) =>
    element && element.type !== AST_NODE_TYPES.SpreadElement ? { written: element, value: resolveValue(file, element) } : undefined,
  );
  const complete = elements.every((element) => element !== undefined);
  const issues: OriginValueIssue[] = [];
  if (complete && elements.length === 0) return { effect: emptyEffect(semantics, option), issues };
  if (complete && elements.length === 1 && semantics.singleIsFixed) {
    const only = elements[0]!;
    const single = staticValueOf(only.value, file.scopeOf)?.value;
    // One entry is sent as is, like a string.
    if (typeof single === 'string') return judgeString(config, option, single, only.written, 'fixed');
  }
  if (semantics.compare === 'invalid') {
    const reason = 'the library sends each entry as its own header line, and browsers reject two values';
    return { effect: { kind: 'fixed', option }, issues: [{ node: list, value: file.sourceCode.getText(list), issue: 'invalid-sent', reason, option }] };
  }
  let effect: OriginEffect = { kind: 'per-request', option };
  for (const element of elements) {
    if (!element) continue;
    const entry = judgeEntry(file, config, option, semantics, element.value, element.written, list);
    if (entry.effect && rank(entry.effect) > rank(effect)) effect = entry.effect;
    if (entry.issue) issues.push(entry.issue);
  }
  const nullOnMiss = semantics.missAnswer === 'null' && elements.length >= 2 && effect.kind === 'per-request' ? option : undefined;
  return { effect, issues, nullOnMiss };
}

/** A list whose elements are only known as values (`const list = ['a', 'b']` spread or concatenated). */
function judgeStaticList(config: CorsConfig, option: OriginOption, values: readonly unknown[], node?: TSESTree.Node): OriginJudgement {
  const semantics = config.table.origin.array ?? (config.table.origin.string === 'comma-list' ? COMMA_LIST : undefined);
  if (!semantics || semantics.compare === 'invalid') return UNKNOWN;
  if (values.length === 0) return { effect: emptyEffect(semantics, option), issues: [] };
  let effect: OriginEffect = { kind: 'per-request', option };
  const issues: OriginValueIssue[] = [];
  for (const value of values) {
    const entry = judgeConstantEntry(config, option, semantics, value, node ?? option.value, undefined);
    if (entry.effect && rank(entry.effect) > rank(effect)) effect = entry.effect;
    if (entry.issue) issues.push(entry.issue);
  }
  const nullOnMiss = semantics.missAnswer === 'null' && values.length >= 2 && effect.kind === 'per-request' ? option : undefined;
  return { effect, issues, nullOnMiss };
}

const COMMA_LIST: ArraySemantics = { compare: 'exact', star: 'never-matches', empty: 'nothing' };

function emptyEffect(semantics: ArraySemantics, option: OriginOption): OriginEffect {
  return semantics.empty === 'reflect' ? { kind: 'reflect-any', cause: 'empty-list', option } : { kind: 'none' };
}

interface EntryJudgement {
  readonly effect?: OriginEffect;
  readonly issue?: OriginValueIssue;
}

function judgeEntry(
  file: CorsFile,
  config: CorsConfig,
  option: OriginOption,
  semantics: ArraySemantics,
  element: TSESTree.Node,
  written: TSESTree.Node,
  list: TSESTree.ArrayExpression,
): EntryJudgement {
  const regexp = regexpSource(file, element);
  if (regexp) return config.table.origin.regexp && matchesEveryOrigin(regexp.pattern) ? { effect: { kind: 'reflect-any', cause: 'regexp-all', option } } : {};
  const known = staticValueOf(element, file.scopeOf);
  return known ? judgeConstantEntry(config, option, semantics, known.value, written, list) : {};
}

function judgeConstantEntry(
  config: CorsConfig,
  option: OriginOption,
  semantics: ArraySemantics,
  value: unknown,
  node: TSESTree.Node,
  list: TSESTree.ArrayExpression | undefined,
): EntryJudgement {
  if (typeof value !== 'string') {
    return semantics.truthyEntries && value ? { effect: { kind: 'reflect-any', cause: 'truthy-entry', option } } : {};
  }
  if (value === '*') {
    if (semantics.star === 'reflect') return { effect: { kind: 'reflect-any', cause: 'star', option } };
    if (semantics.star === 'wildcard') return { effect: starEffect(config, option, 'star-with-credentials') };
    const reason = 'the library compares entries as text, so `*` only matches a request whose Origin is literally `*`';
    return { issue: { node, value, issue: 'never-matches', reason, option, list } };
  }
  const issue = valueIssue(config, option, value, node, 'never-matches', list);
  return issue ? { issue } : {};
}

/** Which effect wins when list entries disagree: allowing everyone beats any narrower answer. */
function rank(effect: OriginEffect): number {
  return ['unknown', 'none', 'per-request', 'fixed', 'wildcard', 'wildcard-with-credentials', 'reflect-any'].indexOf(effect.kind);
}

