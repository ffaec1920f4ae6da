import { describe, expect, it } from 'vitest';
import { applyEdits, mapOffset, partitionEdits } from '../../codemods/transforms/editing/text-edits';

describe('applyEdits', () => {
  it('applies edits bottom-up so every range refers to the original text', () => {
    expect(
      applyEdits('const a = 1; const b = 2;', [
        { range: [10, 11], text: 'one' },
        { range: [23, 24], text: 'two' },
      ]),
    ).toBe('const a = one; const b = two;');
  });

  it('keeps the given order of insertions at one offset', () => {
    expect(
      applyEdits('x();', [
        { range: [0, 0], text: 'first\n' },
        { range: [0, 0], text: 'second\n' },
      ]),
    ).toBe('first\nsecond\nx();');
  });

  it('rejects overlapping edits and ranges outside the text', () => {
    expect(() =>
      applyEdits('abcdef', [
        { range: [0, 3], text: 'x' },
        { range: [2, 4], text: 'y' },
      ]),
    ).toThrow(/overlapping/);
    expect(() => applyEdits('abc', [{ range: [2, 9], text: 'x' }])).toThrow(/outside the text/);
  });
});

describe('partitionEdits', () => {
  it('accepts disjoint edits, drops exact duplicates and rejects overlaps for a later pass', () => {
    const outer = { range: [0, 10], text: 'outer' } as const;
    const inner = { range: [2, 4], text: 'inner' } as const;
    const after = { range: [10, 10], text: ';' } as const;
    expect(partitionEdits([outer, inner, after, outer])).toEqual({ accepted: [outer, after], rejected: [inner] });
  });
});

describe('mapOffset', () => {
  const edits = [
    { range: [2, 4], text: 'xxxxx' },
    { range: [8, 8], text: '++' },
  ] as const;

  it('shifts offsets after an edit by its length change', () => {
    expect(mapOffset(6, edits)).toBe(9);
    expect(mapOffset(10, edits)).toBe(15);
  });

  it('moves an offset inside a replaced range to the replacement start', () => {
    expect(mapOffset(3, edits)).toBe(2);
  });

  it('puts an offset at an insertion point after the insertion unless asked to stick to the start', () => {
    expect(mapOffset(8, edits)).toBe(13);
    expect(mapOffset(8, edits, true)).toBe(11);
  });
});
