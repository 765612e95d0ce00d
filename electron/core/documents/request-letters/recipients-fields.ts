import { choice, input, type CatalogueEntry } from '../letters/catalogue-entry';

/**
 * Art. 19 GDPR: the controller communicates an erasure, rectification or restriction to each
 * recipient to whom the data were disclosed, unless that proves impossible or involves
 * disproportionate effort, and tells the person who the recipients are if they ask. A
 * confirmation says which of these happened; the DPO chooses, and the letter is not produced
 * until they have (review D26).
 */
const ART19 = {
  notified: { en: 'recipients told', it: 'destinatari informati' },
  'no-recipients': { en: 'no recipients', it: 'nessun destinatario' },
  impossible: { en: 'impossible or disproportionate effort', it: 'impossibile o sforzo sproporzionato' },
};

/** The Art. 19 choice of a confirmation, the recipients it may name, and the reason when telling them proved impossible. */
export const RECIPIENTS_FIELDS: Record<string, CatalogueEntry> = {
  'action.recipientsTold': choice(
    ART19,
    'Art. 19: notified (the recipients were told), no-recipients (the data had been disclosed to no one) or impossible (impossible or disproportionate effort, with the reason)',
    'Art. 19: notified (i destinatari sono stati informati), no-recipients (i dati non erano stati comunicati a nessuno) o impossible (impossibile o sforzo sproporzionato, con il motivo)',
  ),
  'action.recipientsNotified': input('text', 'Recipients told of the change, Art. 19 (optional: otherwise named on request)', 'Destinatari informati della modifica, art. 19 (facoltativo: altrimenti indicati su richiesta)'),
  'action.recipientsReason': input('text', 'Why telling the recipients proved impossible or would involve disproportionate effort (Art. 19)', 'Perché informare i destinatari si è rivelato impossibile o implicherebbe uno sforzo sproporzionato (art. 19)'),
};
