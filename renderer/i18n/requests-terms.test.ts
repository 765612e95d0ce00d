import { describe, expect, it } from 'vitest';
import requestsIt from './requests.it.json';

describe('Requests in Italian', () => {
  it('translate the statuses and rights the way an Italian DPO says them', () => {
    expect(requestsIt.statuses).toEqual({
      received: 'Ricevuta',
      'awaiting-identity': 'In attesa di identificazione',
      'in-progress': 'In lavorazione',
      extended: 'Prorogata',
      responded: 'Evasa',
      withdrawn: 'Ritirata',
      void: 'Annullata (registrata per errore)',
    });
    expect(requestsIt.types.erasure).toBe('Cancellazione');
    expect(requestsIt.clocks.legal).toBe('Scadenza di legge');
    expect(requestsIt.clocks.organisation).toBe('Impegno aziendale');
  });
});
