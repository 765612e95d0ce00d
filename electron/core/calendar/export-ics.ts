import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../../db/schema';
import type { GeneratedFile } from '../../shared/contract';
import type { CalendarItem, icsExportSchema } from '../../shared/dashboard';
import { addDays } from '../deadlines';
import { calendarItems } from './calendar-items';
import { icsCategory, icsDescription, icsSummary } from './ics-titles';
import { writeIcs } from './ics-write';
import { organisationToday } from './organisation-today';

/** The export's input after validation (defaults applied). */
export type ParsedIcsExport = z.output<typeof icsExportSchema>;

/** Export window when none is given: the last 30 days (to keep recent misses visible) and the next year. */
export const DEFAULT_PAST_DAYS = 30;
export const DEFAULT_FUTURE_DAYS = 366;
/** Items read per page while collecting the events: every deadline of the window goes in the file. */
const PAGE = 5000;

/**
 * The deadlines as an .ics file the DPO imports into a calendar (no network involved).
 * Each event's UID is the item's stable id, so importing again updates the same events.
 * With `minimise` (the default) no name or breach title leaves the vault: titles carry
 * only the case reference. Every deadline of the window is exported, page after page.
 */
export async function exportDeadlinesIcs(db: Kysely<Database>, input: ParsedIcsExport, now: Date): Promise<GeneratedFile> {
  const { today, timeZone } = await organisationToday(db, now);
  const window = { from: input.from ?? addDays(today, -DEFAULT_PAST_DAYS), to: input.to ?? addDays(today, DEFAULT_FUTURE_DAYS), kinds: input.kinds };
  const items: CalendarItem[] = [];
  for (let more = true; more; ) {
    const next = await calendarItems(db, { ...window, offset: items.length, limit: PAGE }, now);
    items.push(...next.items);
    more = next.truncated;
  }
  const text = writeIcs({
    name: input.language === 'it' ? 'Scadenze DPO Desk' : 'DPO Desk deadlines',
    stamp: now,
    events: items.map((item) => ({
      uid: `${item.id.replace(':', '-')}@dpo-desk`,
      summary: icsSummary(item, input.language, input.minimise),
      description: icsDescription(item, input.language, timeZone),
      categories: icsCategory(item, input.language),
      start: item.instant ? { instant: item.instant } : { date: item.date },
    })),
  });
  const name = input.language === 'it' ? 'scadenze' : 'deadlines';
  return { fileName: `dpo-desk-${name}-${today}.ics`, mimeType: 'text/calendar', base64: Buffer.from(text, 'utf8').toString('base64') };
}
