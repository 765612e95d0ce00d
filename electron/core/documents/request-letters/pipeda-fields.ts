import { input, type CatalogueEntry } from '../letters/catalogue-entry';

/**
 * The DPO's inputs of the PIPEDA response to an access request (S.C. 2000, c. 5, Schedule 1,
 * principle 4.9: the existence, use and disclosure of the information, and 4.9.3: an account of
 * the third parties it has been disclosed to; review 7, G2). The extension notice (s. 8(4))
 * and the refusal (s. 8(7)) take the reasons as every other letter does (`extension.reasons`,
 * `refusal.explanation`).
 */
export const PIPEDA_FIELDS: Record<string, CatalogueEntry> = {
  'pipeda.uses': input('list', 'How the personal information is used (PIPEDA Sch. 1, principle 4.9)', 'Come sono utilizzati i dati personali (PIPEDA, allegato 1, principio 4.9)'),
  'pipeda.disclosures': input(
    'list',
    'Third parties it has been disclosed to, or that there are none (PIPEDA Sch. 1, principle 4.9.3)',
    'Terzi a cui i dati sono stati comunicati, o che non ve ne sono (PIPEDA, allegato 1, principio 4.9.3)',
  ),
};
