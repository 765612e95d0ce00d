import { deflateSync } from 'node:zlib';

/** Where each object of the file is: at a byte offset of its own, or packed in an object stream (its number and index there; stream 0: not packed). */
export interface ObjectPlaces {
  offset(n: number): number | null;
  stream(n: number): number;
  index(n: number): number;
}

/** The widths of a cross-reference stream's fields (`/W`): type, offset or stream number, generation or index. */
export type XrefWidths = [1, number, 2];

/** The bytes needed to write `n` unsigned, big-endian (at least one). */
function bytesFor(n: number): number {
  let bytes = 1;
  while (n >= 256 ** bytes) bytes += 1;
  return bytes;
}

/**
 * The entries of a cross-reference stream (ISO 32000-1, 7.5.8) for objects 0 to `size - 1`:
 * object 0 free (generation 65535), each other object in use at its offset (type 1) or
 * packed in an object stream (type 2). Returned as the stream's data before compression,
 * each row after the PNG "Up" predictor (`/Predictor 12`: a filter byte 2, then the row's
 * difference from the one above), which leaves the rows of consecutive objects in one
 * stream nearly all zeros; with the fields' widths for `/W` and the row length for
 * `/Columns`. An object that is in neither place is an error: the file would lose it.
 */
export function xrefRows(size: number, places: ObjectPlaces): { data: Uint8Array; widths: XrefWidths; columns: number } {
  let largest = 0;
  for (let n = 1; n < size; n++) {
    const field = places.offset(n) ?? places.stream(n);
    if (field === 0) throw new Error(`Object ${n} of the PDF was never written`);
    if (field > largest) largest = field;
  }
  const middle = bytesFor(largest);
  const columns = 1 + middle + 2;
  const data = new Uint8Array(size * (columns + 1));
  const previous = new Uint8Array(columns);
  const row = new Uint8Array(columns);
  for (let n = 0; n < size; n++) {
    const offset = n === 0 ? null : places.offset(n);
    const type = n === 0 ? 0 : offset === null ? 2 : 1;
    const field = type === 2 ? places.stream(n) : (offset ?? 0);
    const last = type === 0 ? 65535 : type === 2 ? places.index(n) : 0;
    row[0] = type;
    for (let b = 0, rest = field; b < middle; b++, rest = Math.floor(rest / 256)) row[middle - b] = rest % 256;
    row[columns - 2] = (last >> 8) & 0xff;
    row[columns - 1] = last & 0xff;
    const start = n * (columns + 1);
    data[start] = 2;
    for (let c = 0; c < columns; c++) {
      data[start + 1 + c] = ((row[c] ?? 0) - (previous[c] ?? 0)) & 0xff;
      previous[c] = row[c] ?? 0;
    }
  }
  return { data, widths: [1, middle, 2], columns };
}

/** The cross-reference stream's data compressed, as its `/Filter /FlateDecode` reads it. */
export function compressedRows(data: Uint8Array): Buffer {
  return deflateSync(data, { level: 6 });
}
