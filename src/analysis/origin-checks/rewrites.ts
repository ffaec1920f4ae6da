import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { findVariable } from '@eslint-community/eslint-utils';
import { unwrapValue } from '../../ast/unwrap';
import { variableOf } from '../../ast/variables';
import type { CorsFile } from '../file-context';
import type { Subject } from './subject';

/**
 * Text for the checks that replace a weak one. Every helper returns an expression that is valid
 * where the weak check stood, parenthesized as its position needs.
 */

/** The raw origin's text where `at` is, or `undefined` when it is not reachable from there. */
export function originTextAt(file: CorsFile, subject: Subject, at: TSESTree.Node): string | undefined {
  const node = unwrapValue(subject.originNode);
  if (node.range[0] >= at.range[0] && node.range[1] <= at.range[1]) return file.sourceCode.getText(subject.originNode);
  // `const { hostname } = new URL(origin)` … `hostname.endsWith(x)`: `origin` must mean the same there.
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const here = findVariable(file.scopeOf(at) as never, node.name);
  return here && here === variableOf(file.scopeOf(node), node) ? node.name : undefined;
}

/** Node kinds that bind at least as tightly as `===`, so they need no parentheses as an operand. */
const TIGHT_OPERANDS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.ChainExpression,
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.Literal,
  AST_NODE_TYPES.TemplateLiteral,
]);

/** The origin's text ready to be an operand of `===`. */
export function asOperand(text: string, node: TSESTree.Node): string {
  return TIGHT_OPERANDS.has(node.type) ? text : `(${text})`;
}

/** `origin === 'https://a.example'`, or `(origin === 'https://a' || origin === 'https://b')`. */
export function exactComparison(operand: string, origins: readonly string[], negated: boolean): string {
  if (origins.length === 1) return `${operand} ${negated ? '!==' : '==='} ${quote(origins[0]!)}`;
  const any = origins.map((o) => `${operand} === ${quote(o)}`).join(' || ');
  return negated ? `!(${any})` : `(${any})`;
}

/** `/^https:\/\/(?:a\.example\.com|b\.example\.com)$/`: one anchored group, escaped dots. */
export function anchoredOriginRegex(origins: readonly string[], flags = ''): string {
  const alternatives = origins.map(escapeRegex);
  const body = alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
  return `/^${body}$/${keptFlags(flags)}`;
}

/** `/^https:\/\/(?:[a-z0-9-]+\.)*example\.com$/`: the host and its subdomains, over HTTPS only. */
export function subdomainRegex(host: string, withScheme: boolean, flags = ''): string {
  return `/^${withScheme ? 'https:\\/\\/' : ''}(?:[a-z0-9-]+\\.)*${escapeRegex(host)}$/${keptFlags(flags)}`;
}

/** `(hostname === 'example.com' || hostname.endsWith('.example.com'))`. */
export function hostBoundaryCheck(hostText: string, host: string, negated: boolean): string {
  const check = `${hostText} === ${quote(host)} || ${hostText}.endsWith(${quote(`.${host}`)})`;
  return negated ? `!(${check})` : `(${check})`;
}

/** Wraps an expression in parentheses when the weak check's position binds tighter than `===`. */
export function fitInto(node: TSESTree.Node, text: string): string {
  if (text.startsWith('(') || text.startsWith('!') || text.startsWith('/')) return text;
  const parent = node.parent;
  const tight =
    parent?.type === AST_NODE_TYPES.UnaryExpression ||
    parent?.type === AST_NODE_TYPES.BinaryExpression ||
    (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === node) ||
    (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === node);
  return tight ? `(${text})` : text;
}

/** Identifiers and member chains, which need no parentheses around them. */
export function isSimpleOperand(text: string): boolean {
  return /^[\w$]+(?:(?:\?\.|\.)[\w$]+|\[[^\]]*\])*$/.test(text);
}

export function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Flags that keep their meaning on an origin pattern; `g`/`y` only add `lastIndex` state. */
function keptFlags(flags: string): string {
  return [...flags].filter((f) => f === 'i' || f === 'u').join('');
}

/** Positions where any expression fits without parentheses: a condition, an argument, an initializer. */
export function standsAlone(node: TSESTree.Node): boolean {
  const parent = node.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
      return parent.test === node;
    case AST_NODE_TYPES.ConditionalExpression:
      return parent.test === node;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return parent.callee !== node;
    case AST_NODE_TYPES.VariableDeclarator:
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ExpressionStatement:
    case AST_NODE_TYPES.ArrayExpression:
      return true;
    case AST_NODE_TYPES.ArrowFunctionExpression:
      return parent.body === node;
    case AST_NODE_TYPES.Property:
      return parent.value === node;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right === node;
    default:
      return false;
  }
}

/**
 * Whether only the truthiness of the node's value matters: an `if`/loop/ternary test or a `!`
 * operand, also through `&&`/`||` chains that are themselves tested.
 */
export function inBooleanPosition(node: TSESTree.Node): boolean {
  let child = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    switch (parent.type) {
      case AST_NODE_TYPES.UnaryExpression:
        return parent.operator === '!';
      case AST_NODE_TYPES.LogicalExpression:
        if (parent.operator === '??') return false;
        continue;
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        return parent.test === child;
      default:
        return false;
    }
  }
  return false;
}
