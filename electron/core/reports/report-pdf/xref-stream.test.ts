import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressedRows, xrefRows } from './xref-stream';

/** The entries of a cross-reference stream's data as a reader gets them: the "Up" predictor undone, each row's three fields read big-endian. */
function entries(data: Uint8Array, widths: readonly number[], columns: number): number[][] {
  const rows: number[][] = [];
  let previous = new Uint8Array(columns);
  for (let start = 0; start < data.length; start += columns + 1) {
    expect(data[start]).toBe(2);
    const row = new Uint8Array(columns);
    for (let c = 0; c < columns; c++) row[c] = ((data[start + 1 + c] ?? 0) + (previous[c] ?? 0)) & 0xff;
    previous = row;
    let at = 0;
    rows.push(
      widths.map((width) => {
        let value = 0;
        for (let b = 0; b < width; b++) value = value * 256 + (row[at++] ?? 0);
        return value;
      }),
    );
  }
  return rows;
}

describe('the cross-reference stream', () => {
  it('gives object 0 as free, each object its offset or its object stream and index, in fields as wide as the largest needs', () => {
    const offsets = [15, null, null, 70_000_000, null];
    const packed = new Map([
      [2, [5, 0]],
      [3, [5, 1]],
      [5, [4, 300]],
    ]);
    const rows = xrefRows(6, {
      offset: (n) => offsets[n - 1] ?? null,
      stream: (n) => packed.get(n)?.[0] ?? 0,
      index: (n) => packed.get(n)?.[1] ?? 0,
    });
    // 70,000,000 needs four bytes.
    expect(rows.widths).toEqual([1, 4, 2]);
    expect(rows.columns).toBe(7);
    const read = entries(inflateSync(compressedRows(rows.data)), rows.widths, rows.columns);
    expect(read).toEqual([
      [0, 0, 65535],
      [1, 15, 0],
      [2, 5, 0],
      [2, 5, 1],
      [1, 70_000_000, 0],
      [2, 4, 300],
    ]);
  });

  it('takes fields no wider than needed', () => {
    const rows = xrefRows(3, { offset: (n) => n * 100, stream: () => 0, index: () => 0 });
    expect(rows.widths).toEqual([1, 1, 2]);
    expect(entries(rows.data, rows.widths, rows.columns)).toEqual([
      [0, 0, 65535],
      [1, 100, 0],
      [1, 200, 0],
    ]);
  });

  it('refuses to end a file that would lose an object written nowhere', () => {
    expect(() => xrefRows(3, { offset: (n) => (n === 1 ? 9 : null), stream: () => 0, index: () => 0 })).toThrow('Object 2 of the PDF was never written');
  });
});
