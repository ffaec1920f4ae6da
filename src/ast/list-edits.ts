import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { TextEdit } from '../model/finding';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Removes one element of an array literal or one property of an object literal, with its comma. */
export function removeListElement(sourceCode: SourceCode, element: TSESTree.Node): TextEdit {
  const before = sourceCode.getTokenBefore(element);
  const after = sourceCode.getTokenAfter(element);
  if (after?.value === ',') {
    const next = sourceCode.getTokenAfter(after, { includeComments: true });
    // The last element with a trailing comma: keep the previous element's line ending intact.
    if (before && next && (next.value === ']' || next.value === '}')) return { range: [before.range[1], after.range[1]], text: '' };
    return { range: [element.range[0], next ? next.range[0] : after.range[1]], text: '' };
  }
  if (before?.value === ',') return { range: [before.range[0], element.range[1]], text: '' };
  return { range: element.range, text: '' };
}

/** Removes a statement, and its whole line when nothing else is on it. */
export function removeStatement(sourceCode: SourceCode, statement: TSESTree.Node): TextEdit {
  const text = sourceCode.text;
  const [start, end] = statement.range;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline === -1 ? text.length : newline + 1;
  const aloneOnLine = text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd).trim() === '';
  if (aloneOnLine) return { range: [lineStart, lineEnd], text: '' };
  const trailingSpaces = /^[ \t]*/.exec(text.slice(end))![0].length;
  return { range: [start, end + trailingSpaces], text: '' };
}
