import type { CalendarItem } from '../../shared/calendar';

type Language = 'en' | 'it';

const TITLES: Record<Language, Record<string, (ref: string) => string>> = {
  en: {
    'request-due': (ref) => `Request ${ref} due`,
    'request-due-org': (ref) => `Request ${ref}: your own deadline`,
    'request-ack': (ref) => `Acknowledge request ${ref}`,
    'extension-notice': (ref) => `Request ${ref}: last day to notify an extension`,
    'breach-72h': (ref) => `Breach ${ref}: 72 hours to notify the authority`,
    'breach-follow-up': (ref) => `Breach ${ref}: complete notification to the authority due (Art. 33(4))`,
    'retention-review': (category) => `Retention review: ${category}`,
    'register-review': (entry) => `Register review: ${entry}`,
    'breach-client': (ref) => `Breach ${ref}: notice to the client under its contract`,
    'breach-nis2': (ref) => `Breach ${ref}: NIS2 report to the CSIRT`,
    'breach-nis2-progress': (ref) => `Breach ${ref}: NIS2 progress report to the CSIRT (handling of the incident not concluded)`,
    'processor-forward': (ref) => `Request ${ref}: forward to the client (controller)`,
  },
  it: {
    'request-due': (ref) => `Scadenza richiesta ${ref}`,
    'request-due-org': (ref) => `Richiesta ${ref}: scadenza interna`,
    'request-ack': (ref) => `Conferma di ricezione richiesta ${ref}`,
    'extension-notice': (ref) => `Richiesta ${ref}: ultimo giorno per comunicare la proroga`,
    'breach-72h': (ref) => `Violazione ${ref}: 72 ore per la notifica all'autorità`,
    'breach-follow-up': (ref) => `Violazione ${ref}: scade la notifica completa all'autorità (art. 33, par. 4)`,
    'retention-review': (category) => `Revisione conservazione: ${category}`,
    'register-review': (entry) => `Revisione registro: ${entry}`,
    'breach-client': (ref) => `Violazione ${ref}: comunicazione al cliente prevista dal contratto`,
    'breach-nis2': (ref) => `Violazione ${ref}: notifica NIS2 al CSIRT`,
    'breach-nis2-progress': (ref) => `Violazione ${ref}: relazione sui progressi NIS2 al CSIRT (gestione dell’incidente non conclusa)`,
    'processor-forward': (ref) => `Richiesta ${ref}: inoltro al cliente (titolare)`,
  },
};

const CLOCKS: Record<Language, Record<'legal' | 'organisation' | 'both', string>> = {
  en: { legal: 'Legal deadline.', organisation: "The organisation's own commitment.", both: "Legal deadline and the organisation's commitment." },
  it: { legal: 'Termine di legge.', organisation: "Impegno interno dell'organizzazione.", both: "Termine di legge e impegno interno dell'organizzazione." },
};

const KIND_NAMES: Record<Language, Record<CalendarItem['kind'], string>> = {
  en: {
    'request-due': 'Request due',
    'request-ack': 'Acknowledgement',
    'extension-notice': 'Extension notice',
    'breach-72h': 'Breach 72 hours',
    'breach-follow-up': 'Complete breach notification',
    'retention-review': 'Retention review',
    'register-review': 'Register review',
    'breach-client': 'Breach notice to a client',
    'breach-nis2': 'NIS2 report',
    'breach-nis2-progress': 'NIS2 progress report',
    'processor-forward': 'Forward to a client',
  },
  it: {
    'request-due': 'Scadenza richiesta',
    'request-ack': 'Conferma di ricezione',
    'extension-notice': 'Comunicazione di proroga',
    'breach-72h': 'Violazione 72 ore',
    'breach-follow-up': 'Notifica completa della violazione',
    'retention-review': 'Revisione conservazione',
    'register-review': 'Revisione registro',
    'breach-client': 'Comunicazione violazione al cliente',
    'breach-nis2': 'Notifica NIS2',
    'breach-nis2-progress': 'Relazione sui progressi NIS2',
    'processor-forward': 'Inoltro al cliente',
  },
};

/**
 * The event title of a deadline. Minimised, it names the case by its reference only
 * ("Request 2026-0042 due"); otherwise the person's name or the breach's title follows. A
 * retention category names no one, so it is kept either way.
 */
export function icsSummary(item: CalendarItem, language: Language, minimise: boolean): string {
  const key = item.kind === 'request-due' && item.clock === 'organisation' ? 'request-due-org' : item.kind;
  const base = (TITLES[language][key] as (ref: string) => string)(item.reference);
  return minimise || item.kind === 'retention-review' || item.kind === 'register-review' ? base : `${base} — ${item.title}`;
}

/** A short description: which clock, and where dates are counted. */
export function icsDescription(item: CalendarItem, language: Language, timeZone: string): string {
  const clock = item.clock ? `${CLOCKS[language][item.clock]} ` : '';
  return language === 'it' ? `${clock}Date nel fuso ${timeZone}. Da DPO Desk.` : `${clock}Dates in ${timeZone}. From DPO Desk.`;
}

/** The category of a kind, in the language of the export. */
export function icsCategory(item: CalendarItem, language: Language): string {
  return KIND_NAMES[language][item.kind];
}
