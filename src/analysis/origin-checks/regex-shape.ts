import type { AST } from '@eslint-community/regexpp';
import { RegExpParser } from '@eslint-community/regexpp';
import { linearMatcher, type LinearMatcher } from './linear-matcher';
import { memoByKey } from './memo';

/** One top-level alternative of an origin regex, as far as origin checking cares. */
export interface BranchShape {
  readonly raw: string;
  readonly anchoredStart: boolean;
  readonly anchoredEnd: boolean;
  /** Literal host texts in the branch (`example.com`), lower case, without leading dots. */
  readonly hosts: readonly string[];
  /** Hosts written with an unescaped `.` (which matches any character). */
  readonly hostsWithUnescapedDot: readonly string[];
  /** A wildcard (`.*`, `[\w.-]+`, `(\w+\.?)*`) sits before the first host without a dot boundary. */
  readonly wildcardBeforeHost: boolean;
  /** Only whole labels may precede the first host: `(?:[a-z]+\.)*example\.com`, `\.example\.com`. */
  readonly subdomainPart: boolean;
  /** A wildcard follows the last host (`example\.com.*`). */
  readonly wildcardAfterHost: boolean;
  /** The host part is only wildcards: `^https://[\w.-]+$`. */
  readonly anyHost: boolean;
  /** The scheme is written `https?`. */
  readonly optionalScheme: boolean;
}

export interface RegexShape {
  readonly source: string;
  readonly flags: string;
  readonly branches: readonly BranchShape[];
  /** Every literal host of every branch. */
  readonly hosts: readonly string[];
  /**
   * The pattern as a matcher that cannot backtrack, or `undefined` when it uses a feature that
   * matcher does not run (a backreference, a modifier group): then it is judged by structure alone.
   */
  readonly matcher: LinearMatcher | undefined;
  /** Every string the pattern matches, with `.` read as a dot, when that set is small and finite. */
  readonly finiteLanguage: readonly string[] | undefined;
}

const parser = new RegExpParser({ ecmaVersion: 2025 });

/**
 * The shape of a pattern, or `undefined` when regexpp cannot parse it (so the engine would throw too).
 * Parsed once per pattern: the same literal is checked in every handler that copies it.
 */
export function regexShape(source: string, flags: string): RegexShape | undefined {
  return shapesByPattern(`${flags}/${source}`, () => parseShape(source, flags));
}

const shapesByPattern = memoByKey<RegexShape | undefined>();

function parseShape(source: string, flags: string): RegexShape | undefined {
  let pattern: AST.Pattern;
  try {
    pattern = parser.parsePattern(source, 0, source.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
  } catch {
    return undefined;
  }
  const branches = pattern.alternatives.map(branchShape);
  return {
    source,
    flags,
    branches,
    hosts: [...new Set(branches.flatMap((b) => b.hosts))],
    matcher: linearMatcher(pattern, flags),
    finiteLanguage: finiteStrings(pattern, LANGUAGE_LIMIT),
  };
}

// --- branches -------------------------------------------------------------------------------

/** A flattened branch: literal characters, and breaks where anything non-literal stands. */
type Token =
  | { readonly type: 'char'; readonly value: string; readonly unescapedDot: boolean }
  | { readonly type: 'break'; readonly wildcard: boolean; readonly endsWithDot: boolean };

function branchShape(alternative: AST.Alternative): BranchShape {
  const elements = alternative.elements;
  const first = flattenEdge(elements, 0);
  const last = flattenEdge(elements, elements.length - 1);
  const tokens = tokenize(elements);
  const runs = literalRuns(tokens);
  const hostRuns = runs.flatMap((run) => hostsInRun(run));
  const firstHost = hostRuns[0];
  const lastHost = hostRuns.at(-1);
  const before = firstHost ? tokens.slice(0, firstHost.tokenStart) : tokens;
  const after = lastHost ? tokens.slice(lastHost.tokenEnd) : [];
  const breakBefore = [...before].reverse().find((t) => t.type === 'break');
  const wildcardBefore = firstHost !== undefined && before.some((t) => t.type === 'break' && t.wildcard);
  const dotBoundary = firstHost?.leadingDot || (breakBefore?.type === 'break' && breakBefore.endsWithDot);
  const schemeText = runs.map((run) => run.text).find((text) => text.includes('http')) ?? '';
  return {
    raw: alternative.raw,
    anchoredStart: isAssertion(first, 'start'),
    anchoredEnd: isAssertion(last, 'end'),
    hosts: hostRuns.map((h) => h.host),
    hostsWithUnescapedDot: hostRuns.filter((h) => h.unescapedDot).map((h) => h.host),
    wildcardBeforeHost: wildcardBefore && !dotBoundary,
    // `(?:[a-z0-9-]+\.)*example\.com`, or a bare `\.example\.com`: only labels may precede the host.
    subdomainPart: (wildcardBefore && !!dotBoundary) || (!!firstHost?.leadingDot && before.length === 0),
    wildcardAfterHost: after.some((t) => t.type === 'break' && t.wildcard),
    anyHost: hostRuns.length === 0 && tokens.some((t) => t.type === 'break' && t.wildcard),
    optionalScheme: /http$/.test(schemeText) && elements.some(isOptionalS),
  };
}

/** The first or last element, looking into single-alternative groups: `(?:^https://a\.com$)`. */
function flattenEdge(elements: readonly AST.Element[], index: number): AST.Element | undefined {
  const element = elements[index];
  if (element && isPlainGroup(element)) {
    const inner = element.alternatives[0]!.elements;
    return flattenEdge(inner, index === 0 ? 0 : inner.length - 1);
  }
  return element;
}

function isAssertion(element: AST.Element | undefined, kind: 'start' | 'end'): boolean {
  return element?.type === 'Assertion' && element.kind === kind;
}

function isPlainGroup(element: AST.Element): element is AST.Group | AST.CapturingGroup {
  return (element.type === 'Group' || element.type === 'CapturingGroup') && element.alternatives.length === 1;
}

function isOptionalS(element: AST.Element): boolean {
  return (
    element.type === 'Quantifier' &&
    element.min === 0 &&
    element.max === 1 &&
    element.element.type === 'Character' &&
    element.element.value === 's'.codePointAt(0)
  );
}

function tokenize(elements: readonly AST.Element[]): Token[] {
  const tokens: Token[] = [];
  for (const element of elements) {
    if (element.type === 'Character') {
      tokens.push({ type: 'char', value: String.fromCodePoint(element.value), unescapedDot: false });
    } else if (element.type === 'CharacterSet' && element.kind === 'any') {
      tokens.push({ type: 'char', value: '.', unescapedDot: true });
    } else if (isPlainGroup(element)) {
      tokens.push(...tokenize(element.alternatives[0]!.elements));
    } else if (element.type === 'Quantifier' && element.min === 1 && element.max === 1) {
      tokens.push(...tokenize([element.element]));
    } else if (element.type === 'Assertion' && (element.kind === 'start' || element.kind === 'end')) {
      continue;
    } else {
      tokens.push({ type: 'break', wildcard: isWildcard(element), endsWithDot: endsWithLiteralDot(element) });
    }
  }
  return tokens;
}

/** Whether an element can match more than one fixed string: classes, repetition, alternation of those. */
function isWildcard(element: AST.Element): boolean {
  if (element.type === 'Quantifier') return element.max > 1 || isWildcard(element.element as AST.Element);
  if (element.type === 'CharacterClass' || element.type === 'CharacterSet' || element.type === 'ExpressionCharacterClass')
    return true;
  if (element.type === 'Group' || element.type === 'CapturingGroup')
    return element.alternatives.some((alt) => alt.elements.some(isWildcard));
  return false;
}

/** `(?:[a-z0-9-]+\.)*`: every way through the element ends with a literal dot. */
function endsWithLiteralDot(element: AST.Element): boolean {
  if (element.type === 'Quantifier') return endsWithLiteralDot(element.element as AST.Element);
  if (element.type === 'Group' || element.type === 'CapturingGroup')
    return element.alternatives.every((alt) => {
      const last = alt.elements.at(-1);
      return last !== undefined && (isLiteralDot(last) || endsWithLiteralDot(last));
    });
  return false;
}

function isLiteralDot(element: AST.Element): boolean {
  return element.type === 'Character' && element.value === 46;
}

interface Run {
  readonly text: string;
  readonly unescaped: readonly boolean[];
  /** Index of the run's first token in the branch. */
  readonly tokenStart: number;
}

function literalRuns(tokens: readonly Token[]): Run[] {
  const runs: Run[] = [];
  let text = '';
  let unescaped: boolean[] = [];
  let start = 0;
  tokens.forEach((token, index) => {
    if (token.type === 'char') {
      if (!text) start = index;
      text += token.value;
      unescaped.push(token.unescapedDot);
      return;
    }
    if (text) runs.push({ text, unescaped, tokenStart: start });
    text = '';
    unescaped = [];
  });
  if (text) runs.push({ text, unescaped, tokenStart: start });
  return runs;
}

interface HostInRun {
  readonly host: string;
  readonly unescapedDot: boolean;
  readonly leadingDot: boolean;
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** A label, then one or more `.label`: `app.example.com` (an optional leading dot is kept apart). */
const HOST_TEXT = /(\.)?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)/gi;

function hostsInRun(run: Run): HostInRun[] {
  const afterScheme = run.text.lastIndexOf('://');
  const offset = afterScheme === -1 ? 0 : afterScheme + 3;
  const hosts: HostInRun[] = [];
  for (const match of run.text.slice(offset).matchAll(HOST_TEXT)) {
    const start = offset + match.index + (match[1] ? 1 : 0);
    const host = match[2]!;
    // Each character of a run is one token, so text offsets are token offsets.
    const end = start + host.length;
    hosts.push({
      host: host.toLowerCase(),
      unescapedDot: run.unescaped.slice(start, end).some(Boolean),
      leadingDot: !!match[1],
      tokenStart: run.tokenStart + start - (match[1] ? 1 : 0),
      tokenEnd: run.tokenStart + end,
    });
  }
  return hosts;
}

// --- finite language ------------------------------------------------------------------------

/** Patterns with more strings than this are treated as open-ended. */
const LANGUAGE_LIMIT = 16;

/**
 * The strings a node matches, reading `.` as a dot (the author's intent), or `undefined` when the
 * set is open-ended or larger than `limit`.
 */
function finiteStrings(node: AST.Node, limit: number): string[] | undefined {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup': {
      const all: string[] = [];
      for (const alternative of node.alternatives) {
        const strings = finiteStrings(alternative, limit);
        if (!strings) return undefined;
        all.push(...strings);
        if (all.length > limit) return undefined;
      }
      return [...new Set(all)];
    }
    case 'Alternative': {
      let product = [''];
      for (const element of node.elements) {
        const strings = finiteStrings(element, limit);
        if (!strings) return undefined;
        product = product.flatMap((prefix) => strings.map((s) => prefix + s));
        if (product.length > limit) return undefined;
      }
      return product;
    }
    case 'Character':
      return [String.fromCodePoint(node.value)];
    case 'CharacterSet':
      return node.kind === 'any' ? ['.'] : undefined;
    case 'CharacterClass':
      if (node.negate || node.elements.length > 4 || !node.elements.every((e) => e.type === 'Character')) return undefined;
      return node.elements.map((e) => String.fromCodePoint((e as AST.Character).value));
    case 'Assertion':
      return node.kind === 'start' || node.kind === 'end' ? [''] : undefined;
    case 'Quantifier': {
      if (node.max > 3) return undefined;
      const strings = finiteStrings(node.element, limit);
      if (!strings) return undefined;
      const all: string[] = [];
      for (let count = node.min; count <= node.max; count++) {
        let product = [''];
        for (let i = 0; i < count; i++) product = product.flatMap((prefix) => strings.map((s) => prefix + s));
        all.push(...product);
        if (all.length > limit) return undefined;
      }
      return all;
    }
    default:
      return undefined;
  }
}
