import { describe, expect, it } from 'vitest';
import { describedTime } from './description-time';

const breach = (description: string, occurredFrom: string | null = null) => ({ description, occurredFrom, occurredTo: null });

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
