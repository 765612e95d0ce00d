import { describe, expect, it } from 'vitest';
import { describedData, describedTime } from './description-time';

const breach = (description: string, occurredFrom: string | null = null, dataCategories?: ['identity']) => ({ description, occurredFrom, occurredTo: null, facts: { draft: dataCategories ? { dataCategories } : {} } });

describe('the description seeming to say when the breach happened (review 4, D9, D29, D34)', () => {
  it('points at a duration or a day the description states, in English and Italian', () => {
    expect(describedTime(breach('The bucket was readable without authentication for nine days. Access closed on discovery.'))).toBe('nine days');
    expect(describedTime(breach('Un contractor ha consultato i ticket per due settimane.'))).toBe('due settimane');
    expect(describedTime(breach('Exports left public since 18 March, found by a researcher.'))).toBe('18 March');
    expect(describedTime(breach('Il server è stato esposto dal 2026-03-18.'))).toBe('2026-03-18');
  });

  it('says nothing once the period is recorded, or when the description states no time', () => {
    expect(describedTime(breach('The bucket was readable for nine days.', '2026-03-18T09:00:00+01:00'))).toBeNull();
    expect(describedTime(breach('A laptop with an encrypted disk was stolen from a car.'))).toBeNull();
    expect(describedTime(breach('Ransomware at the processor; 12,400 customers concerned.'))).toBeNull();
  });
});

describe('the description seeming to name kinds of personal data (review 4, D9, D34)', () => {
  it('points at the kinds of data the description names while no category is recorded, in English and Italian', () => {
    expect(describedData(breach('Ransomware with exfiltration of names, e-mail addresses and the last four digits of payment cards.'))).toBe('names, e-mail addresses, payment cards');
    expect(describedData(breach('Esfiltrati nomi e numeri di telefono dei clienti.'))).toBe('nomi, numeri di telefono');
  });

  it('says nothing once the categories are recorded, or when the description names none', () => {
    expect(describedData(breach('Exfiltration of names and e-mail addresses.', null, ['identity']))).toBeNull();
    expect(describedData(breach('A laptop with an encrypted disk was stolen from a car.'))).toBeNull();
  });
});
