import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { CorsFile } from '../file-context';
import { staticString } from '../../ast/static-values';

/** A RegExp written in the source: a literal, or `new RegExp('…')` / `RegExp('…')` with a static pattern. */
export function regexpSource(file: CorsFile, node: TSESTree.Node): { pattern: string; flags: string } | undefined {
  if (node.type === AST_NODE_TYPES.Literal && 'regex' in node && node.regex) return node.regex;
  if (
    (node.type === AST_NODE_TYPES.NewExpression || node.type === AST_NODE_TYPES.CallExpression) &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'RegExp' &&
    isGlobalRegExp(file, node.callee)
  ) {
    const pattern = staticString(node.arguments[0], file.scopeOf(node));
    const flags = node.arguments[1] ? staticString(node.arguments[1], file.scopeOf(node)) : '';
    return pattern !== undefined && flags !== undefined ? { pattern, flags } : undefined;
  }
  return undefined;
}

function isGlobalRegExp(file: CorsFile, identifier: TSESTree.Identifier): boolean {
  for (let scope: ReturnType<CorsFile['scopeOf']> | null = file.scopeOf(identifier); scope; scope = scope.upper) {
    const variable = scope.set.get(identifier.name);
    if (variable) return variable.defs.length === 0;
  }
  return true;
}

/** Bodies that match any origin once the anchors are removed; a structural test, so nothing is run. */
const MATCH_ANYTHING = new Set(['', '.*', '.+', '[\\s\\S]*', '[\\s\\S]+', '[\\w\\W]*', '[^]*', '[^]+', '\\S*', '\\S+']);

/** Whether a RegExp tests true for every origin: `.*`, `^.+$`, an empty pattern. */
export function matchesEveryOrigin(pattern: string): boolean {
  let body = pattern;
  if (body.startsWith('^')) body = body.slice(1);
  if (body.endsWith('$') && !body.endsWith('\\$')) body = body.slice(0, -1);
  const group = /^\((?:\?:)?(.*)\)$/.exec(body);
  if (group && !group[1]!.includes('(')) body = group[1]!;
  return MATCH_ANYTHING.has(body);
}
