import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { findVariable } from '@eslint-community/eslint-utils';
import type { CorsFile } from '../file-context';
import { isFunctionNode, type FunctionNode } from '../../ast/functions';
import { resolveValue } from './object-options';

/** The function an option value is: inline, a `const` arrow, or a function declaration in the file. */
export function resolveFunction(file: CorsFile, node: TSESTree.Node): FunctionNode | undefined {
  const resolved = resolveValue(file, node);
  if (isFunctionNode(resolved)) return resolved;
  if (resolved.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = findVariable(file.scopeOf(resolved) as never, resolved as never) as TSESLint.Scope.Variable | null;
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  return definition?.type === 'FunctionName' && isFunctionNode(definition.node) ? definition.node : undefined;
}

/** The identifier of parameter `index` (`(origin = '') => …` included), if it is a plain name. */
export function parameterIdentifier(fn: FunctionNode, index: number | undefined): TSESTree.Identifier | undefined {
  if (index === undefined) return undefined;
  let parameter: TSESTree.Node | undefined = fn.params[index];
  if (parameter?.type === AST_NODE_TYPES.AssignmentPattern) parameter = parameter.left;
  return parameter?.type === AST_NODE_TYPES.Identifier ? parameter : undefined;
}
