import { choice, input, type CatalogueEntry } from '../letters/catalogue-entry';

/**
 * Art. 21(1) GDPR: after an objection the controller no longer processes the data unless it
 * demonstrates compelling legitimate grounds which override the person's interests, rights and
 * freedoms, or the processing serves legal claims. An objection upheld in part says which
 * purposes stopped, which go on, on which of the two grounds and what they are (review 6, F14).
 * Each ground's name is the clause the letter prints after "because".
 */
const ART21_GROUNDS = {
  'compelling-grounds': {
    en: 'we have compelling legitimate grounds for the processing which override your interests, rights and freedoms',
    it: 'sussistono motivi legittimi cogenti per procedere al trattamento che prevalgono sui Suoi interessi, diritti e libertà',
  },
  'legal-claims': {
    en: 'the processing is necessary for the establishment, exercise or defence of legal claims',
    it: 'il trattamento è necessario per l’accertamento, l’esercizio o la difesa di un diritto in sede giudiziaria',
  },
};

/** The inputs of an objection confirmation on an objection upheld in part. */
export const OBJECTION_FIELDS: Record<string, CatalogueEntry> = {
  // Printed inside the sentence ("…for {{objection.stopped}}."): read as a list, lower-cased at the start (review 7, G17).
  'objection.stopped': { ...input('text', 'Purposes we no longer process the data for (objection upheld in part; one a line)', 'Finalità per cui non trattiamo più i dati (opposizione accolta in parte; una per riga)'), items: true },
  'objection.kept': { ...input('text', 'Purposes we continue to process the data for (one a line)', 'Finalità per cui continuiamo a trattare i dati (una per riga)'), items: true },
  'objection.ground': choice(
    ART21_GROUNDS,
    'Art. 21(1): compelling-grounds (compelling legitimate grounds that override the person’s interests) or legal-claims (establishment, exercise or defence of legal claims)',
    'Art. 21, par. 1: compelling-grounds (motivi legittimi cogenti prevalenti sugli interessi dell’interessato) o legal-claims (accertamento, esercizio o difesa di un diritto in sede giudiziaria)',
  ),
  'objection.groundsDetail': input('text', 'What those grounds are, as the letter shows them to the person (Art. 21(1))', 'Quali sono tali motivi, come la lettera li espone all’interessato (art. 21, par. 1)'),
};
