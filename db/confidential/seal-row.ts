import { confidentialTable } from './confidential-columns';
import { FieldSealError, openBytes, openText, sealBytes, sealText, type FieldPlace } from './field-seal';

/** A row as a query reads or writes it: column → value. */
export type Row = Record<string, unknown>;

/** Seals one confidential value for its place; null stays null (an empty optional field). */
export function sealValue(kind: 'text' | 'bytes', value: unknown, key: Buffer, place: FieldPlace): unknown {
  if (value === null || value === undefined) return value;
  if (kind === 'bytes') return sealBytes(Buffer.isBuffer(value) ? value : Buffer.from(value as Uint8Array), key, place);
  return sealText(String(value), key, place);
}

/** Opens one stored value for its place; null stays null. */
export function openValue(kind: 'text' | 'bytes', value: unknown, key: Buffer, place: FieldPlace): unknown {
  if (value === null || value === undefined) return value;
  if (kind === 'bytes') {
    if (!(value instanceof Uint8Array)) throw new FieldSealError('not-sealed', place);
    return openBytes(Buffer.from(value), key, place);
  }
  if (typeof value !== 'string') throw new FieldSealError('not-sealed', place);
  return openText(value, key, place);
}

function transformRow(table: string, row: Row, change: (kind: 'text' | 'bytes', value: unknown, place: FieldPlace) => unknown): Row {
  const spec = confidentialTable(table);
  if (!spec) return row;
  const rowKey = spec.rowKey.map((column) => row[column]);
  const out: Row = { ...row };
  for (const [column, kind] of Object.entries(spec.columns)) {
    if (column in out) out[column] = change(kind, out[column], { table, column, rowKey });
  }
  return out;
}

/** A whole row with its confidential columns sealed (a move into a team database). */
export function sealRow(table: string, row: Row, key: Buffer): Row {
  return transformRow(table, row, (kind, value, place) => sealValue(kind, value, key, place));
}

/** A whole row with its confidential columns opened (an export out of a team database). */
export function openRow(table: string, row: Row, key: Buffer): Row {
  return transformRow(table, row, (kind, value, place) => openValue(kind, value, key, place));
}
