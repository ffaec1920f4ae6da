import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { variableOf } from '../../ast/const-initializer';
import { isFunctionNode, type FunctionNode } from '../../ast/functions';
import { propertyNameOf } from '../../ast/static-values';
import { transparentParent } from '../../ast/unwrap';
import type { CorsFile } from '../file-context';

/** Whether a node holds the result itself or a promise of it. */
export type Flow = 'promise' | 'value';

/** Where a followed value is used: a member read (`res.status`, `res.json()`), or handed on whole. */
export interface ValueUse {
  readonly node: TSESTree.Node;
  /** The member read; undefined when the value itself is passed, compared or shown. */
  readonly member: string | undefined;
  readonly flow: Flow;
}

/** How far a value is followed through variables, callbacks and returns. */
const MAX_DEPTH = 6;

/**
 * The uses of a value: through `await`, `.then(cb)`, `.catch`/`.finally`, variables, destructuring,
 * and returns to the calls of a named function. A statement that only awaits it is no use.
 */
export function valueUses(file: CorsFile, start: TSESTree.Node, flow: Flow): ValueUse[] {
  const uses: ValueUse[] = [];
  follow(file, start, flow, uses, new Set(), 0);
  return uses;
}

function follow(file: CorsFile, node: TSESTree.Node, flow: Flow, uses: ValueUse[], seen: Set<TSESTree.Node>, depth: number): void {
  if (depth > MAX_DEPTH || seen.has(node)) return;
  seen.add(node);
  // `await` on a value keeps it, on a promise it yields the value.
  const { child, parent } = transparentParent(node);
  const next = child === node ? flow : awaited(node, child) ? 'value' : flow;
  if (!parent) return;
  const again = (target: TSESTree.Node, targetFlow: Flow) => follow(file, target, targetFlow, uses, seen, depth + 1);
  switch (parent.type) {
    case AST_NODE_TYPES.ExpressionStatement:
    case AST_NODE_TYPES.SequenceExpression:
      return;
    case AST_NODE_TYPES.UnaryExpression:
      if (parent.operator === 'void') return;
      break;
    case AST_NODE_TYPES.VariableDeclarator:
      if (parent.init === child) followBinding(file, parent.id, next, uses, again);
      return;
    case AST_NODE_TYPES.AssignmentExpression:
      if (parent.right === child && parent.operator === '=') followBinding(file, parent.left, next, uses, again);
      return;
    case AST_NODE_TYPES.MemberExpression:
      if (parent.object === child) followMember(file, parent, next, uses, again);
      return;
    case AST_NODE_TYPES.ReturnStatement:
      followReturn(file, parent, next, again);
      return;
    case AST_NODE_TYPES.ArrowFunctionExpression:
      if (parent.body === child) followReturn(file, parent, next, again);
      return;
    default:
      break;
  }
  uses.push({ node: child, member: undefined, flow: next });
}

function awaited(node: TSESTree.Node, child: TSESTree.Node): boolean {
  for (let current: TSESTree.Node | undefined = node; current && current !== child.parent; current = current.parent)
    if (current.type === AST_NODE_TYPES.AwaitExpression) return true;
  return false;
}

type Again = (target: TSESTree.Node, flow: Flow) => void;

/** `const res = …`, `res = …`, `const { status } = …`. */
function followBinding(file: CorsFile, target: TSESTree.Node, flow: Flow, uses: ValueUse[], again: Again): void {
  if (target.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(target, file.scopeOf(target));
    // A variable that is written again may hold another value by the time it is read.
    if (variable?.references.some((reference) => reference.isWrite() && reference.identifier !== target)) return;
    for (const reference of variable?.references ?? [])
      if (reference.isRead() && reference.identifier !== target) again(reference.identifier as TSESTree.Node, flow);
    return;
  }
  if (target.type === AST_NODE_TYPES.ObjectPattern && flow === 'value') {
    for (const property of target.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const member = propertyNameOf(property, file.scopeOf);
      if (member !== undefined) uses.push({ node: property.key, member, flow });
    }
  }
}

/** `p.then(cb)` hands the value to `cb`; `p.catch(…)`/`p.finally(…)` pass the promise on; any other member is read. */
function followMember(file: CorsFile, member: TSESTree.MemberExpression, flow: Flow, uses: ValueUse[], again: Again): void {
  const name = propertyNameOf(member, file.scopeOf);
  const call = member.parent.type === AST_NODE_TYPES.CallExpression && member.parent.callee === member ? member.parent : undefined;
  if (flow === 'promise' && call && name === 'then') {
    const callback = callbackOf(file, call.arguments[0]);
    const parameter = callback?.params[0];
    if (parameter) followBinding(file, parameter, 'value', uses, again);
    return;
  }
  if (flow === 'promise' && call && (name === 'catch' || name === 'finally')) {
    again(call, 'promise');
    return;
  }
  if (name !== undefined) uses.push({ node: member.property, member: name, flow });
}

function callbackOf(file: CorsFile, node: TSESTree.Node | undefined): FunctionNode | undefined {
  if (!node) return undefined;
  if (isFunctionNode(node)) return node;
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const definition = variableOf(node, file.scopeOf(node))?.defs[0]?.node;
  if (definition && isFunctionNode(definition)) return definition;
  const init = definition?.type === AST_NODE_TYPES.VariableDeclarator ? definition.init : undefined;
  return init && isFunctionNode(init) ? init : undefined;
}

/** A returned value reaches the calls of the function, as a promise when the function is async. */
function followReturn(file: CorsFile, from: TSESTree.Node, flow: Flow, again: Again): void {
  const fn = from.type === AST_NODE_TYPES.ArrowFunctionExpression ? from : enclosingFunctionOf(from);
  if (!fn) return;
  const resultFlow: Flow = fn.async ? 'promise' : flow;
  const name = functionName(fn);
  if (!name) return;
  for (const reference of variableOf(name, file.scopeOf(name))?.references ?? []) {
    const identifier = reference.identifier as TSESTree.Node;
    const call = identifier.parent;
    if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === identifier) again(call, resultFlow);
  }
}

function enclosingFunctionOf(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) return current;
  return undefined;
}

/** The name a function is called by: its own, or the `const` it initializes. */
function functionName(fn: FunctionNode): TSESTree.Identifier | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id ?? undefined;
  const declarator = fn.parent;
  return declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === fn && declarator.id.type === AST_NODE_TYPES.Identifier
    ? declarator.id
    : undefined;
}
