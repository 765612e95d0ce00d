import { describe, expect, it } from 'vitest';
import type { Regime, RequestType } from '../../shared/regimes';
import { DEFAULT_JURISDICTION, compareClocks, type ClockStop, type OrganisationCommitments } from '../deadlines';
import { computeRequestDeadlines, extensionInEffect } from './request-deadlines';

/** The first customer's published promise: 30 days, 60 for complex requests. */
const noventia: OrganisationCommitments = { responseDays: 30, complexResponseDays: 60, acknowledgeDays: 2 };

interface Case {
  regime: Regime;
  type: RequestType;
  received: string;
  country?: string;
  extended?: boolean;
  pauses?: ClockStop[];
}

/** The request's deadlines as the service computes and stores them, read as the two clocks. */
function clocks({ regime, type, received, country, extended = false, pauses = [] }: Case) {
  const d = computeRequestDeadlines(
    { regime, types: [type], receivedDate: received, jurisdiction: country ?? DEFAULT_JURISDICTION[regime] ?? '', extended, extensionNotifiedOn: extended ? received : null, complex: false, clockStops: pauses },
    noventia,
  );
  return {
    respond: { legal: extended ? (d.legalExtendedDue ?? d.legalDue) : d.legalDue, organisation: d.orgDue, effective: d.effectiveDue, drivenBy: d.drivenBy },
    acknowledge: compareClocks(d.acknowledgeBy, d.orgAcknowledgeBy),
  };
}

describe('the legal and the organisation clocks of one request', () => {

  it.each([
    ['gdpr', 'marketing-opt-out'],
    ['gdpr', 'consent-withdrawal'],
    ['uk-gdpr', 'marketing-opt-out'],
    ['uk-gdpr', 'consent-withdrawal'],
  ] as const)('%s %s is due on receipt: no promise in days applies, the commitment date is the law\'s (Arts 21(3), 7(3); review 4, D1)', (regime, type) => {
    const combined = clocks({ regime, type, received: '2026-01-19', country: regime === 'gdpr' ? 'IT' : undefined });
    expect(combined.respond).toEqual({ legal: '2026-01-19', organisation: '2026-01-19', effective: '2026-01-19', drivenBy: 'both' });
    const d = computeRequestDeadlines(
      { regime, types: [type], receivedDate: '2026-01-19', jurisdiction: regime === 'gdpr' ? 'IT' : (DEFAULT_JURISDICTION[regime] ?? ''), extended: false, extensionNotifiedOn: null, complex: true, clockStops: [] },
      noventia,
    );
    expect(d.orgDue).toBe('2026-01-19');
    expect(d.explanations.join('\n')).toContain('the promise of 60 days does not apply: the law wants this request acted on when it arrives → Mon 19 Jan 2026');
  });

  it('a request that joins an access to a marketing objection is due on receipt on both clocks: the earliest type binds', () => {
    const d = computeRequestDeadlines({ regime: 'gdpr', types: ['access', 'marketing-opt-out'], receivedDate: '2026-01-19', jurisdiction: 'IT', extended: false, extensionNotifiedOn: null, complex: false, clockStops: [] }, noventia);
    expect([d.legalDue, d.orgDue]).toEqual(['2026-01-19', '2026-01-19']);
  });
  it.each([
    // [received, extended, legal, organisation, effective, drivenBy]
    ['2026-03-31', false, '2026-04-30', '2026-04-30', '2026-04-30', 'both'],
    ['2026-07-01', false, '2026-08-03', '2026-07-31', '2026-07-31', 'organisation'], // 31 days in July
    ['2026-02-01', false, '2026-03-02', '2026-03-03', '2026-03-02', 'legal'], // short February
    ['2026-03-31', true, '2026-06-30', '2026-05-30', '2026-05-30', 'organisation'],
  ] as const)('GDPR (IT) received %s, extended %s: legal %s vs organisation %s → %s (%s)', (received, extended, legal, organisation, effective, drivenBy) => {
    const combined = clocks({ regime: 'gdpr', type: 'access', received, country: 'IT', extended });
    expect(combined.respond).toEqual({ legal, organisation, effective, drivenBy });
  });

  it('compares the acknowledgement clocks too (CCPA has a legal one)', () => {
    const combined = clocks({ regime: 'ccpa', type: 'know', received: '2026-03-23' });
    expect(combined.acknowledge).toEqual({ legal: '2026-04-07', organisation: '2026-03-25', effective: '2026-03-25', drivenBy: 'organisation' });
    expect(combined.respond).toEqual({ legal: '2026-05-07', organisation: '2026-04-22', effective: '2026-04-22', drivenBy: 'organisation' });
  });

  it('lets the organisation drive alone where the law has no date', () => {
    const noPeriod = clocks({ regime: 'lgpd', type: 'correction', received: '2026-03-01' });
    expect(noPeriod.respond).toEqual({ legal: null, organisation: '2026-03-31', effective: '2026-03-31', drivenBy: 'organisation' });
    const stopped = clocks({ regime: 'uk-gdpr', type: 'access', received: '2026-03-02', pauses: [{ reason: 'identity', from: '2026-03-02', to: null }] });
    expect(stopped.respond).toMatchObject({ legal: null, effective: '2026-04-01', drivenBy: 'organisation' });
  });
});

describe('an extension binds only once its notice is recorded sent within the first period (Art. 12(3); CCPA Regs § 7021(b); review 6, F13)', () => {
  const extendedWith = (regime: Regime, type: RequestType, received: string, notifiedOn: string | null) =>
    computeRequestDeadlines(
      { regime, types: [type], receivedDate: received, jurisdiction: regime === 'gdpr' ? 'IT' : (DEFAULT_JURISDICTION[regime] ?? ''), extended: true, extensionNotifiedOn: notifiedOn, complex: false, clockStops: [] },
      noventia,
    );

  it.each([
    // [regime, type, received, notice sent on, binding, in effect]
    ['gdpr', 'access', '2026-11-03', null, '2026-12-03', false],
    ['gdpr', 'access', '2026-11-03', '2026-11-19', '2027-02-03', true],
    ['gdpr', 'access', '2026-11-03', '2026-12-03', '2027-02-03', true],
    ['gdpr', 'access', '2026-11-03', '2026-12-04', '2026-12-03', false],
    ['uk-gdpr', 'access', '2026-11-03', null, '2026-12-03', false],
    ['uk-gdpr', 'access', '2026-11-03', '2026-11-20', '2027-02-03', true],
    ['ccpa', 'know', '2026-11-03', null, '2026-12-18', false],
    ['ccpa', 'know', '2026-11-03', '2026-12-18', '2027-02-01', true],
    ['ccpa', 'know', '2026-11-03', '2026-12-21', '2026-12-18', false],
  ] as const)('%s %s received %s, notice sent %s: binds %s (in effect %s)', (regime, type, received, notifiedOn, binding, inEffect) => {
    const d = extendedWith(regime, type, received, notifiedOn);
    expect(d.legalBindingDue).toBe(binding);
    expect(d.extensionInEffect).toBe(inEffect);
    expect(d.legalExtendedDue).not.toBeNull();
    expect(d.effectiveDue !== null && d.effectiveDue <= binding).toBe(true);
    const line = d.explanationLines.at(-2)?.head.key;
    expect(line).toBe(inEffect ? 'msg.deadline.extension.inEffect' : 'msg.deadline.extension.notInEffect');
  });

  it('a regime whose notice the product does not write keeps the extension as recorded (PIPEDA s. 8(4))', () => {
    const d = extendedWith('pipeda', 'access', '2026-11-03', null);
    expect(d.extensionInEffect).toBe(true);
    expect(d.legalBindingDue).toBe(d.legalExtendedDue);
  });

  describe('the Swiss notice of a later date names the date the extension runs to (Ordinance Art. 18(2))', () => {
    const fadp = (notifiedOn: string | null, laterDateNamed: string | null) =>
      computeRequestDeadlines(
        { regime: 'ch-fadp', types: ['access'], receivedDate: '2026-11-11', jurisdiction: 'CH', extended: true, extensionNotifiedOn: notifiedOn, laterDateNamed, complex: false, clockStops: [] },
        noventia,
      );

    it('sent within the 30 days, the date it names binds, and the explanation cites the Ordinance', () => {
      const d = fadp('2026-12-04', '2027-01-08');
      expect([d.legalDue, d.legalExtendedDue, d.legalBindingDue, d.extensionInEffect]).toEqual(['2026-12-11', '2027-01-08', '2027-01-08', true]);
      expect(d.effectiveDue).toBe('2027-01-08');
      const line = d.explanationLines.find((l) => l.head.key === 'msg.deadline.extension.inEffect');
      expect(line?.citations.map((c) => c.key)).toEqual(['msg.citation.ch-fado-art-18']);
    });

    it('sent after the 30 days, the date it named is kept but the 30 days bind', () => {
      const d = fadp('2026-12-14', '2027-01-08');
      expect([d.legalExtendedDue, d.legalBindingDue, d.extensionInEffect]).toEqual(['2027-01-08', '2026-12-11', false]);
    });

    it('extended with no notice sent: no date, and the 30 days bind', () => {
      const d = fadp(null, null);
      expect([d.legalExtendedDue, d.legalBindingDue, d.extensionInEffect]).toEqual([null, '2026-12-11', false]);
      expect(d.explanationLines.some((l) => l.head.key === 'msg.deadline.extension.notInEffect')).toBe(true);
    });

    it('the register reads an FADP extension with no date bound as not in effect, an open-ended one the law wants unnamed as in effect', () => {
      expect(extensionInEffect({ regime: 'ch-fadp', extended_at: '2026-12-02T09:00:00Z', legal_extended_due: null, legal_binding_due: '2026-12-11' })).toBe(false);
      expect(extensionInEffect({ regime: 'ch-fadp', extended_at: '2026-12-02T09:00:00Z', legal_extended_due: '2027-01-08', legal_binding_due: '2027-01-08' })).toBe(true);
      expect(extensionInEffect({ regime: 'sg-pdpa', extended_at: '2026-12-02T09:00:00Z', legal_extended_due: null, legal_binding_due: '2026-12-11' })).toBe(true);
    });
  });

  it('without an extension nothing is said of one', () => {
    const d = computeRequestDeadlines({ regime: 'gdpr', types: ['access'], receivedDate: '2026-11-03', jurisdiction: 'IT', extended: false, extensionNotifiedOn: '2026-11-10', complex: false, clockStops: [] }, noventia);
    expect([d.extensionInEffect, d.legalBindingDue]).toEqual([null, '2026-12-03']);
    expect(d.explanationLines.some((l) => l.head.key.startsWith('msg.deadline.extension.'))).toBe(false);
  });
});
