import { describe, expect, it } from 'vitest';
import { clientInput, emptyClientDraft, invalidNumbers, wholeNumberOf } from './client-draft';

describe('the client form draft', () => {
  it('reads empty number fields as "not fixed" and refuses what is not a whole number', () => {
    expect(wholeNumberOf('')).toBeNull();
    expect(wholeNumberOf(' 48 ')).toBe(48);
    expect(wholeNumberOf('4.5')).toBeNaN();
    expect(invalidNumbers({ ...emptyClientDraft, breachNoticeHours: '24h', requestDays: '5' })).toEqual(['breachNoticeHours']);
  });

  it('sends empty fields as not set and keeps the terms given', () => {
    expect(clientInput({ ...emptyClientDraft, name: 'Bottega Rossi Srl', privacyContact: 'privacy@bottega.example', breachNoticeHours: '24', requestDaysBasis: 'working' })).toEqual({
      name: 'Bottega Rossi Srl',
      privacyContact: 'privacy@bottega.example',
      country: 'IT',
      agreementSignedOn: null,
      agreementFile: null,
      breachNoticeHours: 24,
      requestDays: null,
      requestDaysBasis: 'working',
      subProcessorApproval: null,
      notes: '',
      activityIds: [],
    });
  });
});
