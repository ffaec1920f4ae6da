import {
  Node,
  SyntaxKind,
  type ArrowFunction,
  type Block,
  type FunctionDeclaration,
  type FunctionExpression,
  type MethodDeclaration,
  type SourceFile,
} from 'ts-morph';
import type { TextEdit } from '../../src/model/finding';
import type { AppendVaryOriginRepair, Range } from '../../src/model/repair';
import type { VaryStyle } from '../../src/analysis/response-headers/response-style';
import { detectCodeStyle, quoted, type CodeStyle } from './editing/code-style';
import type { Transform, TransformContext } from './transform';
import { indentationOf, nodeAt } from './editing/morph-nodes';

/**
 * The statement that appends `Vary: Origin` to `t`, per calling convention. Each appends (never
 * replaces another middleware's Vary) and is recognised by the analysis, so a second run adds nothing.
 * Node's `appendHeader` needs Node 18.3 / 16.17; older Node is past its end of life.
 */
const APPEND_STATEMENTS: Readonly<Record<Exclude<VaryStyle, 'object' | 'tuple'>, (t: string, q: Quote, fn: string) => string>> = {
  express: (t, q) => `${t}.vary(${q('Origin')})`,
  koa: (t, q) => `${t}.vary(${q('Origin')})`,
  node: (t, q) => `${t}.appendHeader(${q('Vary')}, ${q('Origin')})`,
  'vary-package': (t, q, fn) => `${fn}(${t}, ${q('Origin')})`,
  hono: (t, q) => `${t}.header(${q('Vary')}, ${q('Origin')}, { append: true })`,
  web: (t, q) => `${t}.append(${q('Vary')}, ${q('Origin')})`,
  h3: (t, q, fn) => `${fn}(${t}, ${q('Vary')}, ${q('Origin')})`,
  // Fastify's `reply.header` replaces: keep what other hooks already put in Vary.
  fastify: (t, q) =>
    `${t}.header(${q('Vary')}, ${t}.hasHeader(${q('Vary')}) ? \`\${${t}.getHeader(${q('Vary')})}, Origin\` : ${q('Origin')})`,
  // A plain record (Elysia `set.headers`): same, through the property.
  record: (t, q) => `${t}.vary = ${t}.vary ? \`\${${t}.vary}, Origin\` : ${q('Origin')}`,
};

type Quote = (value: string) => string;

export const transform: Transform<'append-vary-origin'> = {
  id: 'append-vary-origin',
  title: 'Append `Vary: Origin` on every response whose Access-Control-Allow-Origin depends on the request',
  apply(sourceFile, repairs, context) {
    const style = detectCodeStyle(sourceFile.getFullText());
    const edits: TextEdit[] = [];
    for (const repair of repairs) {
      const edit = editFor(sourceFile, repair, style, context);
      if (!edit) continue;
      // The function the statement calls, joined to the file's named imports once (h3's `appendResponseHeader`).
      const at = Number(repair.details?.addImportAt ?? NaN);
      const added = Number.isInteger(at) ? [edit, importEdit(sourceFile.getFullText(), at, repair.details?.varyFunction ?? '', style)] : [edit];
      for (const one of added) if (!edits.some((other) => sameEdit(other, one))) edits.push(one);
    }
    return edits;
  },
};

/** `, name` after the last named import, on a line of its own when the specifiers are one per line. */
function importEdit(text: string, at: number, name: string, style: CodeStyle): TextEdit {
  if (!/^,?[ \t]*\r?\n/.test(text.slice(at))) return { range: [at, at], text: `, ${name}` };
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  return { range: [at, at], text: `,${style.eol}${indent}${name}` };
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;
}

function editFor(sourceFile: SourceFile, repair: AppendVaryOriginRepair, style: CodeStyle, context: TransformContext): TextEdit | undefined {
  const details = repair.details ?? {};
  if (details.reason === 'overwritten') return addOriginToVaryValue(sourceFile, details.overwriteRange);
  const varyStyle = details.style as VaryStyle | undefined;
  const review = (reason: string) => void context.review(repair.writeRange, reason);
  if (!varyStyle) return review('append `Vary: Origin` to every response of this handler');
  if (varyStyle === 'object' || varyStyle === 'tuple') {
    const literalRange = decodeRange(details.literalRange) ?? repair.writeRange;
    return addVaryEntry(sourceFile, literalRange, varyStyle, style) ?? review('add `Vary: Origin` to these headers');
  }
  const quote: Quote = (value) => quoted(value, style);
  const target = details.target ?? '';
  const statement = APPEND_STATEMENTS[varyStyle](target, quote, details.varyFunction ?? 'vary') + (style.semicolons ? ';' : '');
  return (
    insertAtHandlerStart(sourceFile, repair.writeRange, target, statement, style) ??
    review(`append \`Vary: Origin\` where it runs on every path of this handler: \`${statement}\``)
  );
}

/** `res.setHeader('Vary', 'Accept-Encoding')` after `Vary: Origin` → `'Accept-Encoding, Origin'`. */
function addOriginToVaryValue(sourceFile: SourceFile, encoded: string | undefined): TextEdit | undefined {
  const range = decodeRange(encoded);
  if (!range) return undefined;
  const literal = sourceFile.getFullText().slice(range[0], range[1]);
  const quote = literal[0];
  const inner = literal.slice(1, -1).trim();
  return { range, text: `${quote}${inner ? `${inner}, Origin` : 'Origin'}${quote}` };
}

function decodeRange(encoded: string | undefined): Range | undefined {
  const match = /^(\d+):(\d+)$/.exec(encoded ?? '');
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/**
 * A `Vary: 'Origin'` property, or a `['Vary', 'Origin']` pair, after the last entry of the headers
 * literal that stands for the response (the repair names it; by default the write's own literal).
 */
function addVaryEntry(sourceFile: SourceFile, literalRange: Range, kind: 'object' | 'tuple', style: CodeStyle): TextEdit | undefined {
  const found = nodeAt(sourceFile, literalRange);
  const container = Node.isObjectLiteralExpression(found) || Node.isArrayLiteralExpression(found) ? found : found?.getParent();
  if (!container) return undefined;
  const entries = Node.isObjectLiteralExpression(container)
    ? container.getProperties()
    : Node.isArrayLiteralExpression(container)
      ? container.getElements()
      : undefined;
  const last = entries?.at(-1);
  if (!last) return undefined;
  const entry = kind === 'object' ? `Vary: ${quoted('Origin', style)}` : `[${quoted('Vary', style)}, ${quoted('Origin', style)}]`;
  const text = sourceFile.getFullText();
  const closing = container.getEnd() - 1;
  const between = text.slice(last.getEnd(), closing);
  const comma = between.indexOf(',');
  if (!container.getText().includes('\n')) return { range: [last.getEnd(), last.getEnd()], text: `, ${entry}` };
  const indent = indentationOf(text, last.getStart());
  // Keep a trailing comma where the list has one.
  if (comma !== -1) {
    const at = last.getEnd() + comma + 1;
    return { range: [at, at], text: `${style.eol}${indent}${entry},` };
  }
  return { range: [last.getEnd(), last.getEnd()], text: `,${style.eol}${indent}${entry}` };
}

/**
 * Inserts the statement where it runs on every path of the write's handler: right after the
 * declaration of the response when the handler creates it (`const headers = new Headers()`),
 * otherwise first in the handler's body, after any directives.
 */
function insertAtHandlerStart(sourceFile: SourceFile, writeRange: Range, target: string, statement: string, style: CodeStyle): TextEdit | undefined {
  const write = nodeAt(sourceFile, writeRange);
  const handler = write?.getFirstAncestor(isHandler);
  const body = handler && isHandler(handler) ? handler.getBody() : undefined;
  if (!write || !body || !Node.isBlock(body)) return undefined;
  const text = sourceFile.getFullText();
  const declaration = responseDeclaration(body, rootName(target), write.getStart());
  if (declaration) {
    return { range: [declaration.getEnd(), declaration.getEnd()], text: `${style.eol}${indentationOf(text, declaration.getStart())}${statement}` };
  }
  const statements = body.getStatements();
  const first = statements.find((node) => !isDirective(node));
  if (first) return { range: [first.getStart(), first.getStart()], text: `${statement}${style.eol}${indentationOf(text, first.getStart())}` };
  const indent = indentationOf(text, body.getStart()) + style.indent;
  const after = statements.at(-1)?.getEnd() ?? body.getStart() + 1;
  return { range: [after, after], text: `${style.eol}${indent}${statement}` };
}

/** The statement in the handler that declares the response variable before the write, if any. */
function responseDeclaration(body: Block, name: string, before: number): Node | undefined {
  if (!name) return undefined;
  const declarations = body
    .getDescendantsOfKind(SyntaxKind.VariableDeclaration)
    .filter((declaration) => declaration.getName() === name && declaration.getEnd() <= before);
  const statement = declarations.at(-1)?.getFirstAncestorByKind(SyntaxKind.VariableStatement);
  return statement;
}

/** `res` of `res`, `c` of `c.res.headers`, `set` of `set.headers`. */
function rootName(target: string): string {
  return /^[\w$]+/.exec(target)?.[0] ?? '';
}

/** A function whose body can take a statement: declarations, expressions, arrows and methods. */
function isHandler(node: Node): node is FunctionDeclaration | FunctionExpression | ArrowFunction | MethodDeclaration {
  return Node.isFunctionDeclaration(node) || Node.isFunctionExpression(node) || Node.isArrowFunction(node) || Node.isMethodDeclaration(node);
}

function isDirective(node: Node): boolean {
  return Node.isExpressionStatement(node) && Node.isStringLiteral(node.getExpression());
}


