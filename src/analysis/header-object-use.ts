import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { isFunctionNode } from '../ast/functions';
import { propertyNameOf } from '../ast/static-values';
import { variableOf } from '../ast/variables';
import type { CorsFile } from './file-context';

/** Property names under which an object literal is a set of headers (fetch/Response init, Lambda results). */
const HEADERS_KEYS: ReadonlySet<string> = new Set(['headers', 'multiValueHeaders']);

/**
 * Methods and constructors that take a headers object: `res.set({...})`, `reply.headers({...})`,
 * `res.writeHead(200, {...})`, `c.json(b, 200, {...})`, `new Headers({...})`, `Response.json(b, {...})`.
 */
const HEADER_TAKERS: ReadonlySet<string> = new Set([
  'set', 'header', 'headers', 'writeHead', 'setHeaders', 'json', 'text', 'body', 'html', 'newResponse',
  'next', 'rewrite', 'redirect', 'respond', 'assign', 'Headers', 'Response', 'NextResponse', 'Request', 'Map',
]);

const MAX_DEPTH = 4;

/**
 * Whether an object literal with header-named keys ends up as headers, as opposed to, say, the
 * expected value of a test assertion (`assert.deepEqual(actual, { 'access-control-allow-origin': ... })`).
 * Unknown destinations in the same file (a local `sendJson(res, headers)`) count as headers, so a
 * helper cannot hide a write; calls into other modules' assertion or logging functions do not.
 */
export function becomesHeaders(file: CorsFile, object: TSESTree.Expression, depth = 0): boolean {
  if (depth > MAX_DEPTH) return true;
  const parent = object.parent;
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.Property: {
      if (parent.value !== object) return false;
      const key = propertyNameOf(parent, file.scopeOf);
      return key !== undefined && HEADERS_KEYS.has(key);
    }
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.AssignmentExpression:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.ExportDefaultDeclaration:
      return true;
    case AST_NODE_TYPES.SpreadElement:
      return parent.parent.type === AST_NODE_TYPES.ObjectExpression && becomesHeaders(file, parent.parent, depth + 1);
    case AST_NODE_TYPES.ConditionalExpression:
    case AST_NODE_TYPES.LogicalExpression:
    case AST_NODE_TYPES.TSAsExpression:
    case AST_NODE_TYPES.TSSatisfiesExpression:
    case AST_NODE_TYPES.TSNonNullExpression:
    case AST_NODE_TYPES.AwaitExpression:
      return becomesHeaders(file, parent as TSESTree.Expression, depth + 1);
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return parent.arguments.includes(object) && takesHeaders(file, parent);
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.init === object && variableBecomesHeaders(file, parent, depth);
    default:
      return false;
  }
}

function takesHeaders(file: CorsFile, call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = call.callee.type === AST_NODE_TYPES.ChainExpression ? call.callee.expression : call.callee;
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = propertyNameOf(callee, file.scopeOf);
    return method !== undefined && HEADER_TAKERS.has(method);
  }
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  if (HEADER_TAKERS.has(callee.name)) return true;
  // A function of this file may pass its argument on to a header API.
  const definition = variableOf(file.scopeOf(call), callee)?.defs[0];
  if (!definition) return false;
  if (definition.type === 'FunctionName') return true;
  return definition.type === 'Variable' && !!definition.node.init && isFunctionNode(definition.node.init);
}

function variableBecomesHeaders(file: CorsFile, declarator: TSESTree.VariableDeclarator, depth: number): boolean {
  if (declarator.id.type !== AST_NODE_TYPES.Identifier) return false;
  const statement = declarator.parent.parent;
  if (statement?.type === AST_NODE_TYPES.ExportNamedDeclaration) return true;
  const variable = variableOf(file.scopeOf(declarator), declarator.id);
  if (!variable) return true;
  return variable.references.some(
    (reference) => !reference.init && becomesHeaders(file, reference.identifier as TSESTree.Identifier, depth + 1),
  );
}
