import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { findVariable } from '@eslint-community/eslint-utils';
import type { CorsFile } from '../file-context';
import type { CallbackSemantics } from '../../frameworks/types';
import { enclosingFunction, type FunctionNode } from '../../ast/functions';
import { staticValueOf } from '../../ast/static-values';
import { unwrapValue } from '../../ast/unwrap';
import { developmentBranch, developmentCondition, developmentSide, type DevelopmentBranch } from '../development-branches';
import { originSourceOf } from '../origin-sources';
import { isPresentOnCrossOrigin } from '../origin-sources/presence';
import { parameterIdentifier } from './callback-function';

/** `cb(null)`, a bare `return;` or a callback passed on: an answer we know is not "allow". */
const NOT_ALLOW = Symbol('not-allow');
type Answer = TSESTree.Node | typeof NOT_ALLOW;

/**
 * Whether an origin callback allows every origin: it answers at least once and every answer allows
 * (`cb(null, true)`, `cb(null, origin)`, `async () => true`, hono `(o) => o`, `(ctx) => ctx.get('Origin')`).
 */
export function callbackAllowsEveryOrigin(file: CorsFile, fn: FunctionNode, semantics: CallbackSemantics): boolean {
  const answers = callbackAnswers(file, fn, semantics);
  if (!answers || answers.length === 0) return false;
  const originParameter = parameterIdentifier(fn, semantics.originParameter);
  return answers.every((answer) => answer !== NOT_ALLOW && allowsEveryOrigin(file, answer, semantics, originParameter));
}

/**
 * The mode test when the callback lets every origin through in development only:
 * `if (process.env.NODE_ENV !== 'production') return callback(null, true)`, `(o) => (isDev ? o : check(o))`.
 */
export function developmentAllowance(file: CorsFile, fn: FunctionNode, semantics: CallbackSemantics): DevelopmentBranch | undefined {
  const answers = callbackAnswers(file, fn, semantics);
  const originParameter = parameterIdentifier(fn, semantics.originParameter);
  for (const answer of answers ?? []) {
    if (answer === NOT_ALLOW) continue;
    const node = unwrapValue(answer);
    if (node.type === AST_NODE_TYPES.ConditionalExpression) {
      const side = developmentSide(file, node.test)?.development;
      if (side !== undefined && allowsEveryOrigin(file, side ? node.consequent : node.alternate, semantics, originParameter))
        return developmentBranch(file, node.test, side);
    }
    if (!allowsEveryOrigin(file, answer, semantics, originParameter)) continue;
    const condition = developmentCondition(file, answer);
    if (condition) return condition;
  }
  return undefined;
}

/** The answers a callback gives; undefined when it may answer in ways we cannot see. */
function callbackAnswers(file: CorsFile, fn: FunctionNode, semantics: CallbackSemantics): Answer[] | undefined {
  const callback = semantics.answersBy === 'callback' ? parameterIdentifier(fn, semantics.callbackParameter) : undefined;
  if (callback) return callbackCalls(file, fn, callback);
  if (semantics.answersBy === 'callback' && !semantics.awaitsReturn) return undefined;
  return returnedValues(file, fn);
}

/** The values passed to the node-style callback parameter: `cb(null, value)`. */
function callbackCalls(file: CorsFile, fn: FunctionNode, callback: TSESTree.Identifier): Answer[] | undefined {
  const variable = file.sourceCode.scopeManager
    ?.getDeclaredVariables(fn)
    .find((declared) => declared.name === callback.name) as TSESLint.Scope.Variable | undefined;
  if (!variable) return undefined;
  const answers: Answer[] = [];
  for (const reference of variable.references) {
    const parent = reference.identifier.parent;
    // Handed to another function: its answers are out of sight.
    if (parent?.type !== AST_NODE_TYPES.CallExpression || parent.callee !== reference.identifier) return undefined;
    const [error, value] = parent.arguments;
    const failed = error && staticValueOf(error, file.scopeOf)?.value != null;
    answers.push(!value || failed || value.type === AST_NODE_TYPES.SpreadElement ? NOT_ALLOW : value);
  }
  return answers;
}

/** The values a function returns; a block body that can end without `return` answers `undefined`. */
function returnedValues(file: CorsFile, fn: FunctionNode): Answer[] {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  const answers: Answer[] = file.nodes.returns
    .filter((statement) => enclosingFunction(statement) === fn)
    .map((statement) => statement.argument ?? NOT_ALLOW);
  const last = fn.body.body.at(-1);
  if (last?.type !== AST_NODE_TYPES.ReturnStatement && last?.type !== AST_NODE_TYPES.ThrowStatement) answers.push(NOT_ALLOW);
  return answers;
}

/** Whether one answer lets every origin through, in the callback's own terms. */
function allowsEveryOrigin(
  file: CorsFile,
  answer: TSESTree.Node,
  semantics: CallbackSemantics,
  originParameter: TSESTree.Identifier | undefined,
): boolean {
  const node = unwrapValue(answer);
  if (node.type === AST_NODE_TYPES.ConditionalExpression)
    return [node.consequent, node.alternate].every((branch) => allowsEveryOrigin(file, branch, semantics, originParameter));
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator !== '&&') {
    const left = allowsEveryOrigin(file, node.left, semantics, originParameter);
    // `origin || '*'`, `origin || ''`: the fallback only answers requests without an Origin, and a
    // cross-origin request always carries one (a request read, or the callback's origin parameter).
    if (
      semantics.answer === 'allow-origin' ||
      isPresentOnCrossOrigin(file, node.left) ||
      (left && isRequestOrigin(file, unwrapValue(node.left), originParameter))
    )
      return left;
    return left && allowsEveryOrigin(file, node.right, semantics, originParameter);
  }
  if (semantics.answer !== 'allow-origin' && staticValueOf(node, file.scopeOf)?.value === true) return true;
  return isRequestOrigin(file, node, originParameter);
}

/** The origin parameter itself, or any read of the request Origin (`ctx.get('Origin')`). */
function isRequestOrigin(file: CorsFile, node: TSESTree.Node, originParameter: TSESTree.Identifier | undefined): boolean {
  if (originParameter && node.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(file.scopeOf(node) as never, node as never) as TSESLint.Scope.Variable | null;
    if (variable?.defs.some((definition) => definition.name === originParameter)) return true;
  }
  return originSourceOf(file, node) !== undefined;
}
