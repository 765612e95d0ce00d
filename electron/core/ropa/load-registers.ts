import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Registers } from '../../shared/registers';
import { listActivities } from './activities';
import { listMeasures } from './measures';
import { listProcessors } from './processors';
import { listTransfers } from './transfers';

/** The four registers at once, for the screens, the exports and the findings. */
export async function loadRegisters(db: Kysely<Database>): Promise<Registers> {
  const [activities, processors, transfers, measures] = await Promise.all([listActivities(db), listProcessors(db), listTransfers(db), listMeasures(db)]);
  return { activities, processors, transfers, measures };
}
