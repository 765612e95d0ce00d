import type { Transaction } from 'kysely';
import { serialiseWriters } from '../../../../db/dialect';
import type { Database } from '../../../../db/schema';

/** The year of a breach's reference: the year of awareness as written (in awareAt's own offset). */
export function referenceYear(awareAt: string): number {
  return Number(awareAt.slice(0, 4));
}

/** `B-2026-007`: three digits at least, more when a year needs them. */
export function formatReference(year: number, seq: number): string {
  return `B-${year}-${String(seq).padStart(3, '0')}`;
}

/** The next reference in the year, read inside the transaction that inserts it (writers of the year's references take turns until it commits). */
export async function nextReference(trx: Transaction<Database>, year: number): Promise<{ reference: string; seq: number }> {
  await serialiseWriters(trx, 'breach-reference', year);
  const last = await trx.selectFrom('breaches').select((eb) => eb.fn.max('ref_seq').as('seq')).where('ref_year', '=', year).executeTakeFirst();
  const seq = (last?.seq ?? 0) + 1;
  return { reference: formatReference(year, seq), seq };
}
