import { fromCase, type CatalogueEntry } from '../letters/catalogue-entry';

const voice = (en: string, it: string): CatalogueEntry => fromCase(`${en} (from the request: the person’s name, and who made the request)`, `${it} (dalla richiesta: nome dell’interessato e chi ha presentato la richiesta)`);

/**
 * The words in which a request letter speaks of the person and greets its reader (review 7, G18):
 * "your" to the person herself, the person's name to whoever acts for them (`subject-voice.ts`),
 * and the salutation and closing the recipient's name calls for (`recipient-greeting.ts`).
 */
export const SUBJECT_VOICE_FIELDS: Record<string, CatalogueEntry> = {
  'recipient.greeting': voice('Salutation', 'Formula di apertura'),
  'recipient.closing': voice('Closing', 'Formula di chiusura'),
  'request.yourRequestOf': voice('Whose request, and of which day', 'Di chi è la richiesta, e di quale giorno'),
  'subject.personalData': voice('Whose personal data', 'Di chi sono i dati personali'),
  'subject.data': voice('Whose data', 'Di chi sono i dati'),
  'subject.concerning': voice('Whom the data are about', 'A chi si riferiscono i dati'),
  'subject.rights': voice('Whose rights', 'Di chi sono i diritti'),
  'subject.consent': voice('Whose consent', 'Di chi è il consenso'),
  'subject.has': voice('Who has the rights', 'Chi ha i diritti'),
  'subject.hasAlso': voice('Who has the rights', 'Chi ha i diritti'),
  'subject.residence': voice('Whose habitual residence', 'Di chi è la residenza abituale'),
  'subject.identityCheck': voice('What must be confirmed', 'Che cosa va verificato'),
  'subject.mandate': voice('The authority to act for the person (a request made by a representative)', 'Il titolo ad agire per l’interessato (richiesta presentata da un rappresentante)'),
};
