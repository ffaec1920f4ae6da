import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { isFunctionNode } from '../../ast/functions';
import { unwrapExpression, unwrapValue } from '../../ast/unwrap';
import { variableOf } from '../../ast/variables';
import type { CorsFile } from '../file-context';
import { EMPTY_ENV, type OriginEnv } from './model';
import { assignmentsOf, evaluateOrigin, helperEnv, isGlobal } from './evaluate';
import { argumentAt, callSitesOf } from './call-sites';
import { calledFunction, parameterIndexOf, returnedExpressions } from './functions';

/**
 * The named pieces an Origin-carrying expression is built from: identifiers, header reads and
 * helper calls. `origin || '*'` has one (`origin`), `a ?? b` two, `${o}/` one. A guard must
 * cover each of them; the codemod checks the first.
 */
export function carrierLeaves(file: CorsFile, expression: TSESTree.Node, env: OriginEnv = EMPTY_ENV): TSESTree.Node[] {
  const node = unwrapValue(expression);
  if (evaluateOrigin(file, node, env)?.kind !== 'origin') return [];
  const leaves = (children: readonly (TSESTree.Node | null)[]) =>
    children.flatMap((child) => (child && child.type !== AST_NODE_TYPES.SpreadElement ? carrierLeaves(file, child, env) : []));
  switch (node.type) {
    case AST_NODE_TYPES.LogicalExpression:
      return node.operator === '&&' ? leaves([node.right]) : leaves([node.left, node.right]);
    case AST_NODE_TYPES.ConditionalExpression:
      return leaves([node.consequent, node.alternate]);
    case AST_NODE_TYPES.TemplateLiteral:
      return leaves(node.expressions);
    case AST_NODE_TYPES.BinaryExpression:
      return leaves([node.left, node.right]);
    case AST_NODE_TYPES.SequenceExpression:
      return leaves([node.expressions[node.expressions.length - 1]!]);
    case AST_NODE_TYPES.AssignmentExpression:
      return leaves([node.right]);
    case AST_NODE_TYPES.ArrayExpression:
      return leaves(node.elements);
    case AST_NODE_TYPES.CallExpression:
      return transformedOrigin(file, node) ?? [node];
    case AST_NODE_TYPES.MemberExpression: {
      const parsed = parsedOriginArgument(file, node, env);
      return parsed ? carrierLeaves(file, parsed, env) : [node];
    }
    default:
      return [node];
  }

  /** `origin.trim()`, `String(origin)`: the leaf is the origin inside. */
  function transformedOrigin(file: CorsFile, call: TSESTree.CallExpression): TSESTree.Node[] | undefined {
    const callee = unwrapExpression(call.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression && evaluateOrigin(file, callee.object, env)?.kind === 'origin')
      return carrierLeaves(file, callee.object, env);
    if (callee.type === AST_NODE_TYPES.Identifier && isGlobal(file, callee, 'String') && call.arguments[0])
      return carrierLeaves(file, call.arguments[0], env);
    return undefined;
  }
}

/** `new URL(origin).origin`, `URL.parse(origin).href`: the argument that was parsed. */
function parsedOriginArgument(file: CorsFile, member: TSESTree.MemberExpression, env: OriginEnv): TSESTree.Node | undefined {
  const object = unwrapValue(member.object);
  if (object.type !== AST_NODE_TYPES.NewExpression && object.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const argument = object.arguments[0];
  return argument && evaluateOrigin(file, object, env)?.kind === 'parsed-origin' ? argument : undefined;
}

/** An expression a carrier takes its value from, with the bindings to evaluate it under. */
export interface CarrierDefinition {
  readonly value: TSESTree.Node;
  readonly env: OriginEnv;
}

/**
 * Where a carrier's value is decided: a variable's initializer and assignments, a helper's
 * returns, or the arguments callers pass a helper's parameter. A guard there
 * (`const o = ok ? origin : undefined`, `if (allowed.has(o)) setCors(res, o)`) covers every later use.
 * `undefined` when the value is decided by destructuring or out of sight.
 */
export function carrierDefinitions(
  file: CorsFile,
  leaf: TSESTree.Node,
  env: OriginEnv = EMPTY_ENV,
): CarrierDefinition[] | undefined {
  const node = unwrapValue(leaf);
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(file.scopeOf(node), node);
    if (variable?.defs[0]?.type === 'Parameter') return passedArguments(file, node, variable.defs[0], env);
    const assignments = variable && assignmentsOf(file, variable);
    if (!assignments?.length || assignments.some((assignment) => assignment.path.length > 0)) return undefined;
    return assignments.map((assignment) => ({ value: assignment.value, env }));
  }
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const fn = calledFunction(file, node);
    if (!fn) return undefined;
    const inner = helperEnv(file, node, fn, env);
    return returnedExpressions(file, fn).map((value) => ({ value, env: inner }));
  }
  return undefined;
}

/**
 * The arguments callers pass a helper parameter that carries the Origin because of them: each is
 * evaluated in its caller, without bindings. `undefined` when calls may exist out of sight (the
 * helper is exported or passed on): a check at the visible calls says nothing about the others.
 */
function passedArguments(
  file: CorsFile,
  leaf: TSESTree.Identifier,
  parameter: { readonly node: TSESTree.Node; readonly name: TSESTree.Node },
  env: OriginEnv,
): CarrierDefinition[] | undefined {
  const value = evaluateOrigin(file, leaf, env);
  const source = value?.kind === 'origin' ? value.source : undefined;
  const fn = parameter.node;
  if (source?.kind !== 'helper-parameter' || source.node !== parameter.name || !isFunctionNode(fn)) return undefined;
  const sites = callSitesOf(file, fn);
  const index = parameterIndexOf(fn, parameter.name);
  if (sites.escapes || index < 0) return undefined;
  return sites.calls.flatMap((call) => {
    const argument = argumentAt(call, index);
    return argument ? [{ value: argument, env: EMPTY_ENV }] : [];
  });
}
