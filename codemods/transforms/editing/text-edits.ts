import type { TextEdit } from '../../../src/model/finding';

/** Whether two edits touch the same text. Insertions at the same offset do not overlap. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  const [aStart, aEnd] = a.range;
  const [bStart, bEnd] = b.range;
  if (aStart === aEnd && bStart === bEnd) return false;
  if (aStart === aEnd) return bStart < aStart && aStart < bEnd;
  if (bStart === bEnd) return aStart < bStart && bStart < aEnd;
  return aStart < bEnd && bStart < aEnd;
}

const sameEdit = (a: TextEdit, b: TextEdit) => a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text;

/**
 * Splits edits into a set that can be applied together (in the given order, exact duplicates
 * dropped) and those that overlap an accepted one; the runner retries the latter on the new text.
 */
export function partitionEdits(edits: readonly TextEdit[]): { accepted: TextEdit[]; rejected: TextEdit[] } {
  const accepted: TextEdit[] = [];
  const rejected: TextEdit[] = [];
  for (const edit of edits) {
    if (accepted.some((other) => sameEdit(edit, other))) continue;
    (accepted.some((other) => overlaps(edit, other)) ? rejected : accepted).push(edit);
  }
  return { accepted, rejected };
}

/**
 * Applies non-overlapping edits from the bottom up, so earlier offsets stay valid. Insertions at
 * one offset keep their given order. Throws on overlapping or out-of-range edits.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const ordered = edits.map((edit, index) => ({ edit, index }));
  for (const { edit } of ordered) {
    const [start, end] = edit.range;
    if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
      throw new RangeError(`edit range [${start}, ${end}] is outside the text (length ${text.length})`);
    }
  }
  ordered.sort((a, b) => b.edit.range[0] - a.edit.range[0] || b.edit.range[1] - a.edit.range[1] || b.index - a.index);
  let result = text;
  let previousStart = Number.POSITIVE_INFINITY;
  for (const { edit } of ordered) {
    const [start, end] = edit.range;
    if (end > previousStart) throw new RangeError(`overlapping edits at [${start}, ${end}]`);
    result = result.slice(0, start) + edit.text + result.slice(end);
    previousStart = start;
  }
  return result;
}

/**
 * Where `offset` lands after `edits` (the same set `applyEdits` got). An offset inside a replaced
 * range moves to the replacement's start; one at an insertion point stays before the insertion
 * only when `stickToStart` is set.
 */
export function mapOffset(offset: number, edits: readonly TextEdit[], stickToStart = false): number {
  let shift = 0;
  for (const { range, text } of edits) {
    const [start, end] = range;
    const delta = text.length - (end - start);
    if (end < offset || (end === offset && !(stickToStart && start === end))) shift += delta;
    else if (start < offset) shift += start - offset; // inside a replaced range: land on its start
  }
  return offset + shift;
}
