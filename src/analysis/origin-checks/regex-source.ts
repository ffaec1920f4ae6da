import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { constInitializer } from '../../ast/const-initializer';
import { staticString } from '../../ast/static-values';
import { unwrapValue } from '../../ast/unwrap';
import type { CorsFile } from '../file-context';
import { isGlobal } from '../origin-sources/evaluate';

/** A regex whose pattern is known statically, and the expression that defines it. */
export interface StaticRegex {
  readonly source: string;
  readonly flags: string;
  /** The literal, `new RegExp(...)` call or string that defines the pattern (a suggestion replaces it). */
  readonly definition: TSESTree.Node;
  /** `'literal'`: a regex literal; `'constructor'`: `new RegExp(...)`; `'string'`: a string `match`/`search` compiles. */
  readonly written: 'literal' | 'constructor' | 'string';
}

const MAX_CONST_DEPTH = 4;

/**
 * The regex `node` evaluates to: a literal, `new RegExp('^https://' + host + '$')` or `RegExp(...)`
 * with static arguments, or a `const` holding one.
 */
export function staticRegexOf(file: CorsFile, input: TSESTree.Node, depth = 0): StaticRegex | undefined {
  const node = unwrapValue(input);
  if (node.type === AST_NODE_TYPES.Literal && 'regex' in node && node.regex)
    return { source: node.regex.pattern, flags: node.regex.flags, definition: node, written: 'literal' };
  if (
    (node.type === AST_NODE_TYPES.NewExpression || node.type === AST_NODE_TYPES.CallExpression) &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    isGlobal(file, node.callee, 'RegExp')
  )
    return constructedRegex(file, node);
  if (node.type === AST_NODE_TYPES.Identifier && depth < MAX_CONST_DEPTH) {
    const init = constInitializer(node, file.scopeOf(node));
    return init ? staticRegexOf(file, init, depth + 1) : undefined;
  }
  return undefined;
}

function constructedRegex(file: CorsFile, node: TSESTree.NewExpression | TSESTree.CallExpression): StaticRegex | undefined {
  const [patternArgument, flagsArgument] = node.arguments;
  if (!patternArgument || patternArgument.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const scope = file.scopeOf(node);
  const inner = staticRegexOf(file, patternArgument);
  const source = inner?.source ?? staticString(patternArgument, scope);
  const flags = flagsArgument ? staticString(flagsArgument, scope) : (inner?.flags ?? '');
  if (source === undefined || flags === undefined) return undefined;
  return { source, flags, definition: node, written: 'constructor' };
}

/** `origin.match('example.com')`: a string argument is compiled with `new RegExp(string)`. */
export function compiledStringRegex(file: CorsFile, node: TSESTree.Node): StaticRegex | undefined {
  const source = staticString(node, file.scopeOf(node));
  return source === undefined ? undefined : { source, flags: '', definition: node, written: 'string' };
}
