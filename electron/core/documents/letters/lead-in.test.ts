import { describe, expect, it } from 'vitest';
import { FIELD_CATALOGUE } from './field-catalogue';
import { trimLeadIn } from './lead-in';

const continues = FIELD_CATALOGUE['action.otherBasis']?.leadIn;

describe('the DPO’s text after a template’s lead-in (review C41)', () => {
  it('drops the verb the lead-in already says, in English', () => {
    for (const typed of ['We continue to process the invoices', 'we will continue to keep the invoices', 'Continue to retain the invoices', 'continuing to store the invoices'])
      expect(trimLeadIn(typed, continues, 'en'), typed).toBe('the invoices');
  });
  it('and in Italian', () => {
    for (const typed of ['Continuiamo a conservare le fatture', 'proseguiamo con le fatture', 'Continueremo a trattare le fatture', 'Prosegue le fatture'])
      expect(trimLeadIn(typed, continues, 'it'), typed).toBe('le fatture');
  });
  it('leaves text without the lead-in’s words, and a verb alone, as typed', () => {
    expect(trimLeadIn('the invoices — legal obligation', continues, 'en')).toBe('the invoices — legal obligation');
    expect(trimLeadIn('Contract records', continues, 'en')).toBe('Contract records');
    expect(trimLeadIn('Continuiamo', continues, 'it')).toBe('Continuiamo');
    expect(trimLeadIn('We continue to process the invoices', undefined, 'en')).toBe('We continue to process the invoices');
  });
});
