import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { constInitializer } from '../../ast/const-initializer';
import { calledMethodName, calledReceiver, propertyName, staticString } from '../../ast/static-values';
import { unwrapValue } from '../../ast/unwrap';
import { patternPath, variableOf } from '../../ast/variables';
import type { CorsFile } from '../file-context';
import { originSourceOf, type OriginSource } from '../origin-sources';
import { isGlobal } from '../origin-sources/evaluate';
import { legacyUrlParseCalls } from '../guards/url-parsers';
import type { SubjectForm } from './subject-form';

/** The request origin, in the form a check looks at it. */
export interface Subject {
  readonly form: SubjectForm;
  /** The expression holding the raw `Origin` string (for `new URL(origin).hostname`, the `origin`). */
  readonly originNode: TSESTree.Node;
  readonly source: OriginSource;
  /** Read through a fallback (`origin || ''`): the origin itself may be missing where it is checked. */
  readonly fallback?: boolean;
}

/** String methods that leave an origin an origin for checking purposes. */
const PRESERVING_METHODS: ReadonlySet<string> = new Set(['toLowerCase', 'toLocaleLowerCase', 'trim', 'toString']);

/** URL members and the form they expose; `origin` re-serializes the origin itself. */
const URL_MEMBERS: Readonly<Record<string, { parsed: SubjectForm; legacy: SubjectForm }>> = {
  hostname: { parsed: 'hostname', legacy: 'legacy-hostname' },
  host: { parsed: 'host', legacy: 'legacy-host' },
  origin: { parsed: 'origin', legacy: 'origin' },
};

/** The request origin `expression` checks, or `undefined` when it checks something else. */
export function subjectOf(file: CorsFile, expression: TSESTree.Node): Subject | undefined {
  const node = unwrapValue(expression);
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const method = calledMethodName(node);
    const receiver = calledReceiver(node);
    if (method && receiver && PRESERVING_METHODS.has(method)) return subjectOf(file, receiver);
  }
  // `(origin || '')`, `origin ?? ''`: the fallback only matters when there is no origin.
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator !== '&&' && staticString(node.right) !== undefined) {
    const inner = subjectOf(file, node.left);
    return inner && { ...inner, fallback: true };
  }
  const part = urlPartOf(file, node) ?? boundUrlPart(file, node);
  if (part) {
    const source = originSourceOf(file, part.argument);
    return source && { form: part.form, originNode: part.argument, source };
  }
  const source = originSourceOf(file, node);
  return source && { form: 'origin', originNode: node, source };
}

interface UrlPart {
  readonly form: SubjectForm;
  readonly argument: TSESTree.Node;
}

/** `new URL(o).hostname`, `url.parse(o).host`, `u.hostname` with `const u = new URL(o)`. */
function urlPartOf(file: CorsFile, node: TSESTree.Node): UrlPart | undefined {
  if (node.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const member = URL_MEMBERS[propertyName(node) ?? ''];
  const parsed = member && parsedUrlOf(file, node.object);
  return parsed && { form: parsed.legacy ? member.legacy : member.parsed, argument: parsed.argument };
}

/** `const host = new URL(o).hostname` or `const { hostname } = new URL(o)`. */
function boundUrlPart(file: CorsFile, node: TSESTree.Node): UrlPart | undefined {
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const init = constInitializer(node, file.scopeOf(node));
  if (init) return urlPartOf(file, unwrapValue(init));
  const variable = variableOf(file.scopeOf(node), node);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.node.type !== AST_NODE_TYPES.VariableDeclarator || !definition.node.init) return undefined;
  if (variable!.references.some((r) => r.isWrite() && !r.init)) return undefined;
  const path = patternPath(definition.name, definition.node.id);
  const member = path?.length === 1 && typeof path[0] === 'string' ? URL_MEMBERS[path[0]] : undefined;
  const parsed = member && parsedUrlOf(file, definition.node.init);
  return parsed && { form: parsed.legacy ? member.legacy : member.parsed, argument: parsed.argument };
}

/** `new URL(x)` (the global) or a legacy `url.parse(x)`, directly or through a `const`. */
function parsedUrlOf(file: CorsFile, input: TSESTree.Node): { argument: TSESTree.Node; legacy: boolean } | undefined {
  let node = unwrapValue(input);
  if (node.type === AST_NODE_TYPES.Identifier) node = unwrapValue(constInitializer(node, file.scopeOf(node)) ?? node);
  const argument = 'arguments' in node ? node.arguments[0] : undefined;
  if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  if (node.type === AST_NODE_TYPES.NewExpression && node.callee.type === AST_NODE_TYPES.Identifier && isGlobal(file, node.callee, 'URL'))
    return { argument, legacy: false };
  if (node.type === AST_NODE_TYPES.CallExpression && legacyUrlParseCalls(file).has(node)) return { argument, legacy: true };
  return undefined;
}

