import { describe, expect, it } from 'vitest';
import { emptyProcessorDraft, parseWholeNumber, processorDraftProblems, processorInput } from './processor-draft';
import { emptyTransferDraft, transferInput, transferMonthsValid } from './transfer-draft';

describe('processor draft', () => {
  it('reads whole numbers as typed: empty is null, anything but digits is invalid', () => {
    expect(parseWholeNumber('')).toBeNull();
    expect(parseWholeNumber(' 24 ')).toBe(24);
    expect(parseWholeNumber('24h')).toBe('invalid');
    expect(parseWholeNumber('0')).toBe('invalid');
  });

  it('names the numbers the API could not read, before asking', () => {
    expect(processorDraftProblems({ ...emptyProcessorDraft, breachNoticeHours: 'a day', reviewEveryMonths: '' })).toEqual(['breachNoticeHours', 'reviewEveryMonths']);
    expect(processorDraftProblems({ ...emptyProcessorDraft, breachNoticeHours: '48' })).toEqual([]);
  });

  it('sends empty optional fields as null and the contract hours as a number', () => {
    const input = processorInput({ ...emptyProcessorDraft, name: 'Stripe', service: 'Payments', country: 'us', breachNoticeHours: '48', dpaSignedOn: ' 2025-03-01 ' });
    expect(input).toMatchObject({ name: 'Stripe', country: 'us', parentId: null, dpaSignedOn: '2025-03-01', dpaFile: null, subProcessorApproval: null, breachNoticeHours: 48, reviewEveryMonths: 12 });
  });
});

describe('transfer draft', () => {
  it('sends the SCC module only with SCCs, and supplementary measures one a line', () => {
    const scc = transferInput({ ...emptyTransferDraft, recipient: 'AWS', country: 'US', ground: 'scc', sccModule: 'c2p', supplementaryMeasures: 'Encryption at rest\n\n Key held in the EU ' });
    expect(scc).toMatchObject({ ground: 'scc', sccModule: 'c2p', supplementaryMeasures: ['Encryption at rest', 'Key held in the EU'] });
    expect(transferInput({ ...emptyTransferDraft, ground: 'adequacy', sccModule: 'c2p' }).sccModule).toBeNull();
  });

  it('refuses a review interval that is not a whole number', () => {
    expect(transferMonthsValid({ ...emptyTransferDraft, reviewEveryMonths: 'yearly' })).toBe(false);
    expect(transferMonthsValid(emptyTransferDraft)).toBe(true);
  });
});
