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
  'subject.personalInformation': voice('Whose personal information (CCPA)', 'Di chi sono i dati personali (CCPA)'),
  'subject.sensitiveInformation': voice('Whose sensitive personal information (CCPA)', 'Di chi sono i dati personali sensibili (CCPA)'),
  'subject.you': voice('Whom the request is about', 'A chi si riferisce la richiesta'),
  'subject.yourIdentity': voice('Whose identity is verified', 'Di chi è l’identità da verificare'),
  'subject.yourRights': voice('Whose rights', 'Di chi sono i diritti'),
  'subject.notDiscriminate': voice('Who is not discriminated against (CCPA § 1798.125)', 'Chi non è discriminato (CCPA § 1798.125)'),
  'subject.concerningOne': voice('Whom a piece of data is about', 'A chi si riferisce il dato'),
  'subject.verifyWhat': voice('What a CCPA request is verified for', 'Che cosa si verifica di una richiesta CCPA'),
  'subject.hadGivenIt': voice('Who had given the consent', 'Chi aveva prestato il consenso'),
  'subject.objectedTo': voice('Whose objection', 'Di chi è l’opposizione'),
  'subject.ifDisagree': voice('Who may disagree', 'Chi può non essere d’accordo'),
  'subject.ifDisagreeMay': voice('Who may disagree and complain', 'Chi può non essere d’accordo e proporre reclamo'),
  'subject.hasTheRight': voice('Who has the right', 'Chi ha il diritto'),
  'subject.ifNotSatisfied': voice('Who may not be satisfied with the answer', 'Chi può non ritenere soddisfacente il riscontro'),
  'subject.ifDisagrees': voice('Who may disagree with the decision', 'Chi può non condividere la decisione'),
  'subject.may': voice('Who may complain or apply', 'Chi può proporre reclamo o ricorso'),
  'subject.mayAlso': voice('Who may also seek a remedy', 'Chi può inoltre proporre ricorso'),
  'subject.ifDataInaccurate': voice('Whose data may be corrected, and who asks', 'Di chi sono i dati da rettificare, e chi lo chiede'),
  'subject.optedOut': voice('Whose opt-out', 'Di chi è l’opposizione'),
  'subject.mandate': voice('The authority to act for the person (a request made by a representative)', 'Il titolo ad agire per l’interessato (richiesta presentata da un rappresentante)'),
};
