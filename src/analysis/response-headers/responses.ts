import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { HeaderWrite } from '../../model/header-write';
import { calledMethodName, calledReceiver, propertyName } from '../../ast/static-values';
import { unwrapExpression } from '../../ast/unwrap';
import { variableOf } from '../../ast/const-initializer';
import type { CorsFile } from '../file-context';
import { responseHeaderWrites } from '../response-writes';

/**
 * Members that lead to the same response: Koa `ctx.response`, Fastify `reply.raw`, Hono `c.res`,
 * a web `res.headers`.
 */
const SAME_RESPONSE_MEMBERS = new Set(['headers', 'raw', 'response', 'res']);

/** Methods that return the response they were called on, so `a.header(x).header(y)` writes one response. */
const CHAINABLE_METHODS = new Set(['header', 'headers', 'set', 'append', 'vary', 'code', 'status', 'type', 'setHeader', 'appendHeader']);

/** Properties of a response init object that hold its headers. */
const HEADERS_PROPERTIES = new Set(['headers', 'multiValueHeaders']);

/** The server-side header writes of a file, grouped by the response they go to. */
export interface ResponseIndex {
  /** Writes this analysis judges: no Next config entries (their own analyzer), no request headers. */
  readonly writes: readonly HeaderWrite[];
  /** Identity of the response a write goes to. */
  keyOf(write: HeaderWrite): string;
  /** Every write to the same response, including headers spread in from a named object. */
  sameResponse(write: HeaderWrite): HeaderWrite[];
  /** The call-style writes made on the response an expression stands for (`res` passed to a helper). */
  writesTo(receiver: TSESTree.Node): readonly HeaderWrite[];
}

export function indexResponses(file: CorsFile): ResponseIndex {
  const writes = responseHeaderWrites(file);
  const keys = new Map<HeaderWrite, string>();
  const groups = new Map<string, HeaderWrite[]>();
  for (const write of writes) {
    const key = responseKey(file, write);
    keys.set(write, key);
    const group = groups.get(key);
    if (group) group.push(write);
    else groups.set(key, [write]);
  }
  const keyOf = (write: HeaderWrite) => keys.get(write) ?? responseKey(file, write);
  return {
    writes,
    keyOf,
    sameResponse(write) {
      const own = groups.get(keyOf(write)) ?? [];
      const spread = spreadSources(file, write).flatMap((key) => groups.get(key) ?? []);
      return [...own, ...spread];
    },
    writesTo: (receiver) => groups.get(receiverKey(file, normalizeReceiver(receiver))) ?? [],
  };
}

function responseKey(file: CorsFile, write: HeaderWrite): string {
  if (write.api === 'decorator') return write.target;
  const literal = headersLiteral(write);
  if (literal) return literalKey(file, literal);
  const receiver = receiverOf(write);
  return receiver ? receiverKey(file, normalizeReceiver(receiver)) : `node@${write.node.range[0]}`;
}

/** The object or tuple list a literal write sits in (`{ 'Access-Control-Allow-Origin': o }`). */
export function headersLiteral(write: HeaderWrite): TSESTree.ObjectExpression | TSESTree.ArrayExpression | undefined {
  if (write.api === 'object' && write.node.parent?.type === AST_NODE_TYPES.ObjectExpression) return write.node.parent;
  if (write.api === 'tuple' && write.node.parent?.type === AST_NODE_TYPES.ArrayExpression) return write.node.parent;
  return undefined;
}

/**
 * The headers literal that stands for the whole response: a literal that is only one arm of a
 * conditional spread (`{ ...(ok ? { ACAO: origin } : {}), ... }`) belongs to the literal it is
 * spread into.
 */
export function responseLiteral<T extends TSESTree.ObjectExpression | TSESTree.ArrayExpression>(literal: T): TSESTree.ObjectExpression | TSESTree.ArrayExpression {
  let current: TSESTree.ObjectExpression | TSESTree.ArrayExpression = literal;
  for (;;) {
    let arm: TSESTree.Node = current;
    while (arm.parent?.type === AST_NODE_TYPES.ConditionalExpression || arm.parent?.type === AST_NODE_TYPES.LogicalExpression) arm = arm.parent;
    const spread = arm.parent;
    if (arm === current || spread?.type !== AST_NODE_TYPES.SpreadElement) return current;
    const outer = spread.parent;
    if (outer?.type !== AST_NODE_TYPES.ObjectExpression && outer?.type !== AST_NODE_TYPES.ArrayExpression) return current;
    current = outer;
  }
}

/** The expression a call-style write is made on: `res` of `res.setHeader`, `set.headers` of `set.headers[k] = v`. */
export function receiverOf(write: HeaderWrite): TSESTree.Node | undefined {
  if (write.api === 'assignment' && write.node.type === AST_NODE_TYPES.AssignmentExpression) {
    const left = write.node.left;
    return left.type === AST_NODE_TYPES.MemberExpression ? left.object : undefined;
  }
  const call = write.call;
  if (call?.type !== AST_NODE_TYPES.CallExpression) return undefined;
  // `vary(res, 'Origin')` of the `vary` package, `setResponseHeader(event, ...)` of h3: the first argument.
  if (write.api === 'h3') return call.arguments[0];
  if (write.api === 'vary' && unwrapExpression(call.callee).type !== AST_NODE_TYPES.MemberExpression) return call.arguments[0];
  return calledReceiver(call);
}

/** `ctx.response` → `ctx`, `h.response(x).header(a, b)` → `h.response(x)`, `res.headers` → `res`. */
export function normalizeReceiver(node: TSESTree.Node): TSESTree.Node {
  let current = unwrapExpression(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.MemberExpression && SAME_RESPONSE_MEMBERS.has(propertyName(current) ?? '')) {
      current = unwrapExpression(current.object);
      continue;
    }
    if (current.type === AST_NODE_TYPES.CallExpression && CHAINABLE_METHODS.has(calledMethodName(current) ?? '')) {
      const receiver = calledReceiver(current);
      if (receiver) {
        current = unwrapExpression(receiver);
        continue;
      }
    }
    return current;
  }
}

function receiverKey(file: CorsFile, receiver: TSESTree.Node): string {
  if (receiver.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(receiver, file.scopeOf(receiver));
    const declared = variable?.defs[0]?.name;
    return declared ? `var@${declared.range[0]}` : `global:${receiver.name}`;
  }
  if (receiver.type === AST_NODE_TYPES.CallExpression || receiver.type === AST_NODE_TYPES.NewExpression)
    return `call@${receiver.range[0]}`;
  return `text:${file.sourceCode.getText(receiver)}@${enclosingScopeStart(file, receiver)}`;
}

function enclosingScopeStart(file: CorsFile, node: TSESTree.Node): number {
  return file.scopeOf(node).variableScope.block.range[0];
}

/**
 * The response a headers literal belongs to: the variable it initializes (`const headers = new
 * Headers({...})`), the parameter a helper is called on (`c.json(b, 200, {...})`), or the call /
 * object itself (`new Response(b, { headers: {...} })`, a Lambda result).
 */
function literalKey(file: CorsFile, literal: TSESTree.ObjectExpression | TSESTree.ArrayExpression): string {
  let node: TSESTree.Node = responseLiteral(literal);
  const parent = node.parent;
  if (
    parent?.type === AST_NODE_TYPES.Property &&
    parent.value === node &&
    HEADERS_PROPERTIES.has(propertyName(parent) ?? '') &&
    parent.parent.type === AST_NODE_TYPES.ObjectExpression
  )
    node = parent.parent;
  const owner = node.parent;
  if (
    (owner?.type === AST_NODE_TYPES.CallExpression || owner?.type === AST_NODE_TYPES.NewExpression) &&
    owner.arguments.includes(node as TSESTree.CallExpressionArgument)
  ) {
    const receiver = owner.type === AST_NODE_TYPES.CallExpression ? calledReceiver(owner) : undefined;
    if (receiver?.type === AST_NODE_TYPES.Identifier && isParameter(file, receiver)) return receiverKey(file, receiver);
    node = owner;
  }
  const declarator = node.parent;
  if (declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init === node) {
    if (declarator.id.type === AST_NODE_TYPES.Identifier) return `var@${declarator.id.range[0]}`;
  }
  return `literal@${node.range[0]}`;
}

export function isParameter(file: CorsFile, identifier: TSESTree.Identifier): boolean {
  return variableOf(identifier, file.scopeOf(identifier))?.defs[0]?.type === 'Parameter';
}

/** `{ ...corsHeaders, 'Access-Control-Allow-Origin': o }`: the response also gets `corsHeaders`. */
function spreadSources(file: CorsFile, write: HeaderWrite): string[] {
  const own = headersLiteral(write);
  const literals = own ? [own, responseLiteral(own)] : [];
  return literals.flatMap((literal) => (literal.type === AST_NODE_TYPES.ObjectExpression ? namedSpreads(file, literal) : []));
}

function namedSpreads(file: CorsFile, literal: TSESTree.ObjectExpression): string[] {
  return literal.properties.flatMap((property) => {
    if (property.type !== AST_NODE_TYPES.SpreadElement) return [];
    const argument = unwrapExpression(property.argument);
    if (argument.type !== AST_NODE_TYPES.Identifier) return [];
    const declared = variableOf(argument, file.scopeOf(argument))?.defs[0]?.name;
    return declared ? [`var@${declared.range[0]}`] : [];
  });
}
