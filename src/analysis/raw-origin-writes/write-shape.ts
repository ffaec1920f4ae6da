import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { HeaderWrite } from '../../model/header-write';
import type { Range } from '../../model/repair';
import { transparentParent, unwrapExpression } from '../../ast/unwrap';
import type { CorsFile } from '../file-context';

/**
 * How a write can be made conditional:
 *   statement  — the call or assignment is a statement of its own: wrap it in `if`;
 *   property   — a property of a headers object literal: replace it with a conditional spread;
 *   tuple      — a `[name, value]` item of a headers list: a conditional spread of a one-item list;
 *   flat-pair  — `name, value` items of a flat `writeHead` list: the same with two items;
 *   expression — a call whose result is chained on (`res.set(..).set(..)`): a ternary that falls
 *                back to the receiver, which these APIs return.
 */
export type WriteShape =
  | { readonly kind: 'statement'; readonly range: Range; readonly braces: boolean }
  | { readonly kind: 'property' | 'tuple'; readonly range: Range }
  | { readonly kind: 'flat-pair'; readonly range: Range; readonly nameRange: Range }
  | { readonly kind: 'expression'; readonly range: Range; readonly receiver: string };

/** Statement lists where an `if` can stand without braces. */
const STATEMENT_LISTS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.Program,
  AST_NODE_TYPES.BlockStatement,
  AST_NODE_TYPES.StaticBlock,
  AST_NODE_TYPES.SwitchCase,
]);

/** The shape of a write, or `undefined` when no local rewrite is safe (e.g. `return h.response(x).header(..)`). */
export function writeShape(file: CorsFile, write: HeaderWrite): WriteShape | undefined {
  const node = write.node;
  switch (node.type) {
    case AST_NODE_TYPES.Property:
      return node.kind === 'init' && !node.method && !node.shorthand && node.parent.type === AST_NODE_TYPES.ObjectExpression
        ? { kind: 'property', range: node.range }
        : undefined;
    case AST_NODE_TYPES.ArrayExpression:
      return { kind: 'tuple', range: node.range };
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.AssignmentExpression:
      return callShape(file, node);
    default:
      return flatPairShape(write);
  }
}

function callShape(file: CorsFile, node: TSESTree.CallExpression | TSESTree.AssignmentExpression): WriteShape | undefined {
  const { child, parent } = transparentParent(node);
  if (parent?.type === AST_NODE_TYPES.ExpressionStatement)
    return { kind: 'statement', range: parent.range, braces: !STATEMENT_LISTS.has(parent.parent.type) };
  if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
  // `res.set(a, b).set(c, d)`: the API returns its receiver, so the fallback is the receiver itself.
  const chained = parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === child;
  const callee = unwrapExpression(node.callee);
  if (!chained || callee.type !== AST_NODE_TYPES.MemberExpression || !isPlainReference(callee.object)) return undefined;
  return { kind: 'expression', range: node.range, receiver: file.sourceCode.getText(callee.object) };
}

/** `res`, `this.reply`, `ctx.response`: evaluating it twice has no effect. */
function isPlainReference(node: TSESTree.Node): boolean {
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.Identifier || inner.type === AST_NODE_TYPES.ThisExpression) return true;
  return (
    inner.type === AST_NODE_TYPES.MemberExpression &&
    (!inner.computed || inner.property.type === AST_NODE_TYPES.Literal) &&
    isPlainReference(inner.object)
  );
}

/** `res.writeHead(200, ['Access-Control-Allow-Origin', origin, ...])`: the name item and its value. */
function flatPairShape(write: HeaderWrite): WriteShape | undefined {
  const name = write.node;
  const value = write.value;
  if (write.api !== 'writeHead' || name.parent?.type !== AST_NODE_TYPES.ArrayExpression || !value) return undefined;
  return { kind: 'flat-pair', range: [name.range[0], value.range[1]], nameRange: name.range };
}

/** The range a repair names for a write (the convention every analyzer follows). */
export function repairWriteRange(shape: WriteShape): Range {
  return shape.kind === 'flat-pair' ? shape.nameRange : shape.range;
}
