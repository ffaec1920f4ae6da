import { Node, type SourceFile } from 'ts-morph';
import type { TextEdit } from '../../src/model/finding';
import type { AllowlistReflectedOriginRepair, Range } from '../../src/model/repair';
import {
  allowlistCheck,
  guardedExpression,
  guardedItems,
  guardedProperty,
  guardedStatement,
  writeWithOrigin,
} from '../../src/analysis/raw-origin-writes/allowlist-text';
import { detectCodeStyle } from './editing/code-style';
import type { Transform, TransformContext } from './transform';

const TYPED_FILE = /\.[cm]?tsx?$/i;
const UNWRAPPABLE = 'the Allow-Origin write is part of a larger expression; write it only when the allowlist has the request origin';

/**
 * Echo the request Origin only when the module's allowlist has it, and send no Allow-Origin
 * otherwise. Every other header (credentials, Vary) is left as it was:
 *   `res.setHeader(ACAO, origin);`         → `if (allowedOrigins.has(origin ?? '')) res.setHeader(ACAO, origin);`
 *   `{ ACAO: origin, ACAC: 'true' }`       → `{ ...(allowedOrigins.has(origin ?? '') ? { ACAO: origin } : {}), ACAC: 'true' }`
 *   `[[ACAO, origin], ...]`                → `[...(allowedOrigins.has(origin ?? '') ? [[ACAO, origin]] : []), ...]`
 *   `res.set(ACAO, origin).set(...)`       → `(allowedOrigins.has(origin ?? '') ? res.set(ACAO, origin) : res).set(...)`
 * A value that is not only the origin (`origin || '*'`, or `*` with credentials) becomes the origin.
 * The output is guarded, so the rule no longer reports it and a second run changes nothing.
 */
export const transform: Transform<'allowlist-reflected-origin'> = {
  id: 'allowlist-reflected-origin',
  title: 'Echo the request Origin only when the allowlist has it',
  apply(sourceFile, repairs, context) {
    const edits: TextEdit[] = [];
    for (const repair of repairs) {
      const site = writeSite(sourceFile, repair.writeRange);
      if (!site) {
        context.review(repair.writeRange, UNWRAPPABLE);
        continue;
      }
      edits.push(guardEdit(sourceFile, repair, site, context));
    }
    return edits;
  },
};

/** The write as the transform rewrites it; mirrors `WriteShape` on the ts-morph tree. */
type WriteSite =
  | { readonly kind: 'statement'; readonly range: Range; readonly braces: boolean }
  | { readonly kind: 'property' | 'items'; readonly range: Range }
  | { readonly kind: 'expression'; readonly range: Range; readonly receiver: string };

function guardEdit(sourceFile: SourceFile, repair: AllowlistReflectedOriginRepair, site: WriteSite, context: TransformContext): TextEdit {
  const text = sourceFile.getFullText();
  const check = allowlistCheck(context.useAllowlist(), repair.originText, detectCodeStyle(text).quote);
  const keep = repair.details?.keepValue === 'true';
  const write = writeWithOrigin(text, site.range, { range: repair.valueRange, keep }, repair.originText, TYPED_FILE.test(sourceFile.getFilePath()));
  switch (site.kind) {
    case 'statement':
      return { range: site.range, text: guardedStatement(check, write, site.braces) };
    case 'property':
      return { range: site.range, text: guardedProperty(check, write) };
    case 'items':
      return { range: site.range, text: guardedItems(check, write) };
    case 'expression':
      return { range: site.range, text: guardedExpression(check, write, site.receiver) };
  }
}

/** Where `if` stands without braces. */
function isStatementList(node: Node | undefined): boolean {
  return !!node && (Node.isBlock(node) || Node.isSourceFile(node) || Node.isCaseClause(node) || Node.isDefaultClause(node) || Node.isModuleBlock(node));
}

/** The outermost node spanning exactly `range`, and the shape of the write it is. */
function writeSite(sourceFile: SourceFile, [start, end]: Range): WriteSite | undefined {
  let found: Node | undefined;
  for (let node: Node | undefined = sourceFile.getDescendantAtPos(start); node && node.getStart() >= start; node = node.getParent())
    if (node.getStart() === start && node.getEnd() === end) found = node;
  if (!found) return undefined;
  const parent = found.getParent();

  if (Node.isExpressionStatement(found)) return { kind: 'statement', range: [start, end], braces: !isStatementList(parent) };
  if (Node.isPropertyAssignment(found) && Node.isObjectLiteralExpression(parent)) return { kind: 'property', range: [start, end] };
  if (Node.isArrayLiteralExpression(parent)) {
    // A `[name, value]` tuple, or the name of a flat `writeHead` list, followed by its value.
    if (Node.isArrayLiteralExpression(found)) return { kind: 'items', range: [start, end] };
    const elements = parent.getElements();
    const value = elements[elements.indexOf(found as never) + 1];
    return value ? { kind: 'items', range: [start, value.getEnd()] } : undefined;
  }
  if (Node.isCallExpression(found) && Node.isPropertyAccessExpression(parent) && parent.getExpression() === found) {
    const callee = found.getExpression();
    if (Node.isPropertyAccessExpression(callee) && isPlainReference(callee.getExpression()))
      return { kind: 'expression', range: [start, end], receiver: callee.getExpression().getText() };
  }
  return undefined;
}

/** `res`, `this.reply`, `ctx.response`: safe to evaluate twice. */
function isPlainReference(node: Node): boolean {
  if (Node.isIdentifier(node) || Node.isThisExpression(node)) return true;
  return Node.isPropertyAccessExpression(node) && isPlainReference(node.getExpression());
}
