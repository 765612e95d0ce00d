import { choice, input, type CatalogueEntry } from '../letters/catalogue-entry';

/**
 * The DPO's inputs of the PIPEDA response to an access request (S.C. 2000, c. 5, Schedule 1,
 * principle 4.9: the existence, use and disclosure of the information, and 4.9.3: an account of
 * the third parties it has been disclosed to; review 7, G2). The extension notice (s. 8(4))
 * and the refusal (s. 8(7)) take the reasons as every other letter does (`extension.reasons`,
 * `refusal.explanation`).
 */
/**
 * The PIPEDA ground for withholding the information, in part (the response to a request partly
 * fulfilled) or whole (the refusal, where it rests on one): another individual's information (s. 9(1): withheld, or severed where
 * severable), or one of the exceptions s. 9(3) allows (solicitor-client privilege, confidential
 * commercial information, a threat to another individual's life or security, a formal dispute
 * resolution process).
 */
const EXCEPTIONS = {
  'third-party': { en: 'it would reveal personal information about another individual (s. 9(1))', it: 'rivelerebbe dati personali di un’altra persona (art. 9, comma 1)' },
  privilege: { en: 'it is protected by solicitor-client privilege (s. 9(3))', it: 'è coperto dal segreto professionale tra avvocato e cliente (art. 9, comma 3)' },
  commercial: { en: 'it would reveal confidential commercial information (s. 9(3))', it: 'rivelerebbe informazioni commerciali riservate (art. 9, comma 3)' },
  safety: { en: 'it could reasonably be expected to threaten the life or security of another individual (s. 9(3))', it: 'potrebbe ragionevolmente mettere in pericolo la vita o la sicurezza di un’altra persona (art. 9, comma 3)' },
  dispute: { en: 'it was generated in the course of a formal dispute resolution process (s. 9(3))', it: 'è stato prodotto nel corso di una procedura formale di risoluzione delle controversie (art. 9, comma 3)' },
};

export const PIPEDA_FIELDS: Record<string, CatalogueEntry> = {
  'pipeda.uses': input('list', 'How the personal information is used (PIPEDA Sch. 1, principle 4.9)', 'Come sono utilizzati i dati personali (PIPEDA, allegato 1, principio 4.9)'),
  'pipeda.disclosures': input(
    'list',
    'Third parties it has been disclosed to, or that there are none (PIPEDA Sch. 1, principle 4.9.3)',
    'Terzi a cui i dati sono stati comunicati, o che non ve ne sono (PIPEDA, allegato 1, principio 4.9.3)',
  ),
  'pipeda.exception': choice(EXCEPTIONS, 'Why the information is withheld, in part or whole (PIPEDA s. 9)', 'Perché le informazioni non vengono comunicate, in parte o del tutto (PIPEDA, art. 9)'),
};
