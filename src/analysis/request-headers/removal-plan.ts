import type { TextEdit } from '../../model/finding';
import type { Range } from '../../model/repair';

/**
 * Turns "remove this header" requests into text edits. It works on ranges and text only, so the
 * rule's suggestions (over ESTree) and the codemod (over ts-morph) remove headers identically.
 */

export type RemovalShape = 'list-element' | 'statement' | 'chain-call';

export interface RemovalRequest {
  readonly shape: RemovalShape;
  readonly range: Range;
  /** What goes instead once a list would be left empty, innermost first (see `Removal`). */
  readonly owners: readonly { readonly shape: RemovalShape; readonly range: Range }[];
}

/** An object or array literal: its range, its elements' ranges, and its empty form. */
export interface ListInfo {
  readonly range: Range;
  readonly elements: readonly Range[];
  readonly empty: '{}' | '[]';
}

/** Finds the list that has an element at exactly this range; each tree answers it its own way. */
export type ListLookup = (element: Range) => ListInfo | undefined;

interface ListGroup {
  readonly info: ListInfo;
  readonly removed: Set<number>;
  readonly owners: RemovalRequest['owners'];
  done: boolean;
}

const sameRange = (a: Range, b: Range) => a[0] === b[0] && a[1] === b[1];
const rangeKey = (range: Range) => `${range[0]}:${range[1]}`;

export function planRemovals(text: string, requests: readonly RemovalRequest[], listOf: ListLookup): TextEdit[] {
  const edits: TextEdit[] = [];
  const groups = new Map<string, ListGroup>();

  const add = (request: RemovalRequest): void => {
    if (request.shape === 'statement') edits.push({ range: statementRange(text, request.range), text: '' });
    else if (request.shape === 'chain-call') edits.push({ range: request.range, text: '' });
    else {
      const info = listOf(request.range);
      const index = info?.elements.findIndex((element) => sameRange(element, request.range)) ?? -1;
      if (!info || index < 0) return;
      const key = rangeKey(info.range);
      const group = groups.get(key) ?? { info, removed: new Set<number>(), owners: request.owners, done: false };
      groups.set(key, group);
      group.removed.add(index);
    }
  };
  requests.forEach(add);

  // Innermost lists first: emptying one may remove its owner from an enclosing list.
  for (;;) {
    const group = [...groups.values()].filter((g) => !g.done).sort((a, b) => b.info.range[0] - a.info.range[0])[0];
    if (!group) break;
    group.done = true;
    if (group.removed.size < group.info.elements.length) {
      edits.push(...elementEdits(text, group.info.elements, group.removed));
      continue;
    }
    const [owner, ...outer] = group.owners;
    if (owner) add({ ...owner, owners: outer });
    else edits.push({ range: group.info.range, text: group.info.empty });
  }
  return withoutNested(edits);
}

/** Edits inside another edit's range are moot. */
function withoutNested(edits: readonly TextEdit[]): TextEdit[] {
  const unique = edits.filter(
    (edit, index) => edits.findIndex((other) => sameRange(other.range, edit.range) && other.text === edit.text) === index,
  );
  return unique.filter(
    (edit) =>
      !unique.some(
        (other) =>
          other !== edit &&
          other.range[0] <= edit.range[0] &&
          edit.range[1] <= other.range[1] &&
          !sameRange(other.range, edit.range),
      ),
  );
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** True when only indentation precedes `offset` on its line. */
function startsLine(text: string, offset: number): boolean {
  return /^[ \t]*$/u.test(text.slice(lineStart(text, offset), offset));
}

/** After an element: an optional comma, an optional line comment, then the line break. */
const ELEMENT_TAIL = /[ \t]*,?[ \t]*(?:\/\/[^\n]*)?\r?\n/uy;
/** After a statement: an optional line comment, then the line break or the end of the text. */
const STATEMENT_TAIL = /[ \t]*(?:\/\/[^\n]*)?(?:\r?\n|$)/uy;

/** Where the line(s) holding `range` end, when nothing else shares them. */
function ownLinesEnd(text: string, range: Range, tail: RegExp): number | undefined {
  if (!startsLine(text, range[0])) return undefined;
  tail.lastIndex = range[1];
  const match = tail.exec(text);
  return match ? range[1] + match[0].length : undefined;
}

function statementRange(text: string, range: Range): Range {
  const end = ownLinesEnd(text, range, STATEMENT_TAIL);
  return end === undefined ? range : [lineStart(text, range[0]), end];
}

/**
 * Removes some (not all) elements of a list. One element per line: drop whole lines. Otherwise
 * remove each element with the separator after it, and a trailing run with the separator before it.
 */
function elementEdits(text: string, elements: readonly Range[], removed: ReadonlySet<number>): TextEdit[] {
  const lineEnds = elements.map((element) => ownLinesEnd(text, element, ELEMENT_TAIL));
  if (lineEnds.every((end) => end !== undefined))
    return [...removed].map((index) => ({ range: [lineStart(text, elements[index]![0]), lineEnds[index]!], text: '' }));

  const lastKept = elements.findLastIndex((_, index) => !removed.has(index));
  const edits: TextEdit[] = [...removed]
    .filter((index) => index < lastKept)
    .map((index) => ({ range: [elements[index]![0], elements[index + 1]![0]], text: '' }));
  if (lastKept < elements.length - 1) edits.push({ range: [elements[lastKept]![1], elements.at(-1)![1]], text: '' });
  return edits;
}
