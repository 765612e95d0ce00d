import { describe, expect, it } from 'vitest';
import { parseRetentionPeriod } from './retention-period';

describe('parseRetentionPeriod', () => {
  it('reads the first period in months or years and what starts it', () => {
    expect(parseRetentionPeriod('For the contract and 3 years after it ends')).toEqual({ count: 3, unit: 'years', trigger: 'end-of-relationship' });
    expect(parseRetentionPeriod('7 years from the invoice (financial records)')).toEqual({ count: 7, unit: 'years', trigger: 'collection' });
    expect(parseRetentionPeriod('2 years from the last contact')).toEqual({ count: 2, unit: 'years', trigger: 'last-activity' });
    expect(parseRetentionPeriod('14 months')).toEqual({ count: 14, unit: 'months', trigger: 'other' });
    expect(parseRetentionPeriod('10 anni dalla cessazione del rapporto')).toEqual({ count: 10, unit: 'years', trigger: 'end-of-relationship' });
  });

  it('names no period where the text gives none in months or years', () => {
    expect(parseRetentionPeriod('Until consent is withdrawn')).toBeNull();
    expect(parseRetentionPeriod('No copy kept beyond the sync queue (7 days)')).toBeNull();
    expect(parseRetentionPeriod('')).toBeNull();
  });
});
