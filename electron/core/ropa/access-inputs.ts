import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { Activity, Processor, Registers, Transfer } from '../../shared/registers';
import { caseLinks } from './case-links';
import { countryName } from './country-name';
import { LEGAL_BASIS_LABELS, safeguardText } from './register-labels';
import { loadRegisters } from './load-registers';

type Language = 'en' | 'it';

const unique = (items: string[]) => [...new Set(items.map((i) => i.trim()).filter((i) => i !== ''))];

const NONE = {
  transfers: { en: 'Your personal data is not transferred outside the European Economic Area.', it: 'I Suoi dati personali non sono trasferiti al di fuori dello Spazio economico europeo.' },
  automated: {
    en: 'No decision based solely on automated processing, including profiling, is made about you (Art. 22).',
    it: 'Nei Suoi confronti non è adottata alcuna decisione basata unicamente su un trattamento automatizzato, compresa la profilazione (art. 22).',
  },
  source: { en: 'The data was collected from you.', it: 'I dati sono stati raccolti presso di Lei.' },
} as const;

/** The transfers of the activities: those they name and those of the processors they use. */
export function activityTransfers(activities: readonly Activity[], registers: Pick<Registers, 'transfers'>): Transfer[] {
  const processorIds = new Set(activities.flatMap((a) => a.processorIds));
  const transferIds = new Set(activities.flatMap((a) => a.transferIds));
  return registers.transfers.filter((t) => transferIds.has(t.id) || (t.processorId !== null && processorIds.has(t.processorId)));
}

/**
 * Art. 15(1)(a)–(h) and 15(2) in a letter's words, from the activities a request names:
 * purposes with their legal basis, categories of data, recipients (the activities' own and
 * the processors they use), transfers with their safeguards, retention per activity, the
 * source and automated decisions. Lists are one item a line, as the letter inputs take them;
 * where the register says nothing (no transfer, no automated decision) the letter says so.
 * For a withdrawal of consent, the purposes that rest on another legal basis and so go on
 * (Art. 7(3) ends only what consent founded): none listed when every purpose is consent.
 */
export function accessInputsFrom(activities: readonly Activity[], registers: Pick<Registers, 'processors' | 'transfers'>, language: Language): Record<string, string | null> {
  if (activities.length === 0) return {};
  const byId = new Map<string, Processor>(registers.processors.map((p) => [p.id, p]));
  const purposes = unique(activities.flatMap((a) => a.purposes.map((p) => `${p.purpose} — ${LEGAL_BASIS_LABELS[p.legalBasis][language]}`)));
  const recipients = unique([
    ...activities.flatMap((a) => a.recipients),
    ...activities.flatMap((a) => a.processorIds.map((id) => byId.get(id)).filter((p): p is Processor => p !== undefined).map((p) => `${p.name} (${p.service})`)),
  ]);
  const transfers = activityTransfers(activities, registers).map((t) => `${t.recipient} (${countryName(t.country, language)}): ${safeguardText(t, language)}`);
  const retention = activities.filter((a) => a.retention.trim() !== '').map((a) => `${a.name}: ${a.retention}`);
  const sources = unique(activities.map((a) => a.source));
  const automated = unique(activities.map((a) => a.automatedDecisions));
  const otherBasis = unique(activities.flatMap((a) => a.purposes.filter((p) => p.legalBasis !== 'consent').map((p) => `${p.purpose} — ${LEGAL_BASIS_LABELS[p.legalBasis][language]}`)));
  return {
    'action.otherBasis': otherBasis.join('; ') || null,
    'access.purposes': purposes.join('\n') || null,
    'access.categories': unique(activities.flatMap((a) => a.dataCategories)).join('\n') || null,
    'access.recipients': recipients.join('\n') || null,
    'access.transfers': transfers.length > 0 ? transfers.join('; ') : NONE.transfers[language],
    'access.retention': retention.join('; ') || null,
    'access.source': sources.length > 0 ? sources.join('; ') : NONE.source[language],
    'access.automatedDecisions': automated.length > 0 ? automated.join('; ') : NONE.automated[language],
  };
}

/** The activities whose systems include any of `systems` (compared without case). */
export function activitiesUsingSystems(activities: readonly Activity[], systems: readonly string[]): Activity[] {
  const wanted = new Set(systems.map((s) => s.trim().toLowerCase()));
  return activities.filter((a) => a.systems.some((s) => wanted.has(s.trim().toLowerCase())));
}

/**
 * The access letter's defaults for a request: from the activities it names, or else from
 * the activities that use the systems it lists; empty when neither leads anywhere.
 */
export async function requestAccessInputs(db: Kysely<Database>, requestId: string): Promise<(language: Language) => Record<string, string | null>> {
  const links = await caseLinks(db, 'request', requestId);
  const request = await db.selectFrom('requests').select('systems').where('id', '=', requestId).executeTakeFirst();
  const systems = JSON.parse(request?.systems ?? '[]') as string[];
  if (links.activityIds.length === 0 && systems.length === 0) return () => ({});
  const registers = await loadRegisters(db);
  const chosen = links.activityIds.length > 0 ? registers.activities.filter((a) => links.activityIds.includes(a.id)) : activitiesUsingSystems(registers.activities, systems);
  return (language) => accessInputsFrom(chosen, registers, language);
}
