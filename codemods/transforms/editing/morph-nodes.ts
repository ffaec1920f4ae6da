import type { Node, SourceFile } from 'ts-morph';
import type { Range } from '../../../src/model/repair';

/** The ts-morph node spanning exactly `range` (a finding's ESTree range), if there is one. */
export function nodeAt(sourceFile: SourceFile, range: Range): Node | undefined {
  for (let node: Node | undefined = sourceFile.getDescendantAtPos(range[0]); node; node = node.getParent()) {
    if (node.getStart() === range[0] && node.getEnd() === range[1]) return node;
    if (node.getStart() < range[0] || node.getEnd() > range[1]) break;
  }
  return undefined;
}

/** The spaces and tabs that start the line holding `offset`. */
export function indentationOf(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}
