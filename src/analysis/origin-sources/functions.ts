import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { enclosingFunction, isFunctionNode, type FunctionNode } from '../../ast/functions';
import { unwrapExpression } from '../../ast/unwrap';
import { variableOf, type Variable } from '../../ast/variables';
import type { CorsFile } from '../file-context';

const returnsByFile = new WeakMap<TSESTree.Program, Map<TSESTree.Node, TSESTree.ReturnStatement[]>>();

/** Every `return` statement of a function (with or without an argument), grouped once per file. */
export function returnStatements(file: CorsFile, fn: FunctionNode): readonly TSESTree.ReturnStatement[] {
  let byFunction = returnsByFile.get(file.program);
  if (!byFunction) {
    byFunction = new Map();
    for (const statement of file.nodes.returns) {
      const owner = enclosingFunction(statement);
      const list = byFunction.get(owner) ?? [];
      list.push(statement);
      byFunction.set(owner, list);
    }
    returnsByFile.set(file.program, byFunction);
  }
  return byFunction.get(fn) ?? [];
}

/** What a function can return: its expression body, or the argument of each `return`. */
export function returnedExpressions(file: CorsFile, fn: FunctionNode): readonly TSESTree.Expression[] {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  return returnStatements(file, fn).flatMap((statement) => (statement.argument ? [statement.argument] : []));
}

/** The function a variable is bound to for good: a declaration, or a never-reassigned function expression. */
export function functionOfVariable(variable: Variable): FunctionNode | undefined {
  const def = variable.defs[0];
  if (!def || variable.defs.length !== 1) return undefined;
  if (def.type === 'FunctionName' && isFunctionNode(def.node)) return def.node;
  if (def.type !== 'Variable' || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init) return undefined;
  if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return undefined;
  const init = unwrapExpression(def.node.init);
  return isFunctionNode(init) ? init : undefined;
}

/** The same-file function a call's callee names (`getOrigin(req)`), found through scope analysis. */
export function calledFunction(file: CorsFile, call: TSESTree.CallExpression): FunctionNode | undefined {
  const callee = unwrapExpression(call.callee);
  if (isFunctionNode(callee)) return callee;
  if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = variableOf(file.scopeOf(call), callee);
  return variable ? functionOfVariable(variable) : undefined;
}

/** The position of the parameter that binds `binding` (`origin` in `(res, origin)` or `(res, { origin })`), or -1. */
export function parameterIndexOf(fn: FunctionNode, binding: TSESTree.Node): number {
  return fn.params.findIndex((param) => param.range[0] <= binding.range[0] && binding.range[1] <= param.range[1]);
}
