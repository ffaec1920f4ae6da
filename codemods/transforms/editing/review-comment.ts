import { Node, type SourceFile } from 'ts-morph';
import type { TextEdit } from '../../../src/model/finding';

/** The searchable prefix of every comment the codemod leaves: `grep -rn "cors-codemod: review:"`. */
export const REVIEW_PREFIX = 'cors-codemod: review:';

export interface ReviewAnchor {
  /** Offset of the site in the current text. */
  readonly offset: number;
  readonly reason: string;
}

/** One line, so the comment cannot swallow code. */
export function normalizeReason(reason: string): string {
  return reason.replace(/\s+/g, ' ').trim();
}

export function reviewCommentText(reason: string): string {
  return `// ${REVIEW_PREFIX} ${normalizeReason(reason)}`;
}

/** A statement in a statement list, or a class member: a line comment can always go right above it. */
function isListedStatement(node: Node): boolean {
  const parent = node.getParent();
  if (parent !== undefined && (Node.isClassDeclaration(parent) || Node.isClassExpression(parent)))
    return Node.isMethodDeclaration(node) || Node.isPropertyDeclaration(node) || Node.isConstructorDeclaration(node);
  return (
    parent !== undefined &&
    (Node.isSourceFile(parent) || Node.isBlock(parent) || Node.isModuleBlock(parent) || Node.isCaseClause(parent) || Node.isDefaultClause(parent)) &&
    Node.isStatement(node)
  );
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The innermost listed statement around `offset` that begins its line; else the innermost one. */
function statementFor(sourceFile: SourceFile, offset: number): Node | undefined {
  const text = sourceFile.getFullText();
  let innermost: Node | undefined;
  for (let node: Node | undefined = sourceFile.getDescendantAtPos(offset); node && !Node.isSourceFile(node); node = node.getParent()) {
    if (!isListedStatement(node)) continue;
    innermost ??= node;
    const start = node.getStart();
    if (text.slice(lineStartOf(text, start), start).trim() === '') return node;
  }
  return innermost;
}

/** The `//` comment lines directly above `lineStart`, trimmed. */
function commentLinesAbove(text: string, lineStart: number): string[] {
  const lines: string[] = [];
  let end = lineStart - 1; // the '\n' ending the previous line
  while (end > 0) {
    const start = lineStartOf(text, end);
    const line = text.slice(start, end).trim();
    if (!line.startsWith('//')) break;
    lines.push(line);
    end = start - 1;
  }
  return lines;
}

/**
 * One `// cors-codemod: review: <reason>` above each anchor's statement, unless that exact comment
 * is already there (a re-run) or another anchor in the same statement asked for the same reason.
 */
export function reviewCommentEdits(sourceFile: SourceFile, anchors: readonly ReviewAnchor[]): TextEdit[] {
  const text = sourceFile.getFullText();
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const edits: TextEdit[] = [];
  const seen = new Set<string>();
  for (const anchor of anchors) {
    const reason = normalizeReason(anchor.reason);
    const statement = statementFor(sourceFile, Math.min(anchor.offset, Math.max(text.length - 1, 0)));
    const start = statement?.getStart() ?? anchor.offset;
    const key = `${start}\u0000${reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const lineStart = lineStartOf(text, start);
    const comment = reviewCommentText(reason);
    const indentation = text.slice(lineStart, start);
    const startsLine = indentation.trim() === '';
    if (startsLine && commentLinesAbove(text, lineStart).includes(comment)) continue;
    const leadingIndent = /^[ \t]*/.exec(indentation)![0];
    edits.push({
      range: [start, start],
      text: startsLine ? `${comment}${eol}${indentation}` : `${eol}${leadingIndent}${comment}${eol}${leadingIndent}`,
    });
  }
  return edits;
}

const MARKER_LINE = new RegExp(`^[ \\t]*// ${REVIEW_PREFIX} (.*?)[ \\t]*$`);

/**
 * Every review comment in the text with its 1-based line: the sites this run marked and those an
 * earlier run marked that nobody has resolved (and deleted the comment for) yet.
 */
export function reviewMarkers(text: string): Array<{ line: number; reason: string }> {
  return text.split('\n').flatMap((line, index) => {
    const match = MARKER_LINE.exec(line.replace(/\r$/, ''));
    return match ? [{ line: index + 1, reason: match[1]! }] : [];
  });
}
