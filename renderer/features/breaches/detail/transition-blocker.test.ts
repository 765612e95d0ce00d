import { describe, expect, it } from 'vitest';
import type { BreachDecision, BreachDetail, BreachNotification, TriageResult } from '../../../../electron/shared/breaches';
import { transitionBlocker } from './transition-blocker';

type Facts = Parameters<typeof transitionBlocker>[0];

const triage: TriageResult = {
  severity: { score: 3.5, level: 'high' },
  risk: 'high-risk',
  notifyAuthority: true,
  notifySubjects: true,
  authorityDeadline: '2026-03-30T10:00:00+01:00',
  authorities: [{ country: 'IT', name: 'Garante per la protezione dei dati personali' }],
  authorityBasis: 'single-state',
  reasons: [],
};
const decision: BreachDecision = {
  notifyAuthority: true,
  notifySubjects: true,
  rationale: 'Follow the triage.',
  art34Exemption: null,
  decidedAt: '2026-03-27T12:00:00+01:00',
  decidedBy: 'dpo',
  recommendation: triage,
  followsRecommendation: true,
  stale: false,
};
const notice = (recipient: BreachNotification['recipient']): BreachNotification => ({
  id: 1,
  recipient,
  phase: recipient === 'authority' ? 'preliminary' : null,
  sentAt: '2026-03-28T10:00:00+01:00',
  reference: null,
  channel: null,
  recipientsCount: null,
  summary: 'sent',
  delayReasons: null,
  adds: null,
  hoursAfterAwareness: 24,
  late: false,
  createdAt: '2026-03-28T10:00:00+01:00',
});
const facts = (patch: Partial<Facts>): Facts => ({
  decision,
  triage,
  facts: { draft: {}, complete: null, missing: [] },
  notifications: [],
  ...patch,
} as Pick<BreachDetail, 'decision' | 'triage' | 'facts' | 'notifications'>);

const problem = { key: 'msg.error.breach.move.noDecision' };

describe('transitionBlocker', () => {
  it('is null when the back end allows the step', () => {
    expect(transitionBlocker(facts({}), 'assessed', null)).toBeNull();
  });

  it('names the facts still missing, then the missing decision, before assessing', () => {
    expect(transitionBlocker(facts({ triage: null, decision: null, facts: { draft: {}, complete: null, missing: ['subjects'] } }), 'assessed', problem)).toEqual({
      key: 'missingFacts',
      fields: ['subjects'],
    });
    expect(transitionBlocker(facts({ decision: null }), 'assessed', problem)).toEqual({ key: 'noDecision' });
  });

  it('asks to decide again first when the decision is stale', () => {
    expect(transitionBlocker(facts({ decision: { ...decision, stale: true } }), 'notified', problem)).toEqual({ key: 'stale' });
  });

  it('needs the notices the decision promises', () => {
    expect(transitionBlocker(facts({}), 'notified', problem)).toEqual({ key: 'noAuthorityNotice' });
    expect(transitionBlocker(facts({ notifications: [notice('authority')] }), 'closed', problem)).toEqual({ key: 'noSubjectsNotice' });
    const groundC = { ...decision, notifySubjects: false, art34Exemption: 'c' as const };
    expect(transitionBlocker(facts({ decision: groundC }), 'closed', problem)).toEqual({ key: 'noPublicNotice' });
  });

  it('falls back to the back end message', () => {
    const closed = { key: 'msg.error.breach.move.already', params: { to: [{ key: 'msg.status.breach.closed' }] } };
    expect(transitionBlocker(facts({ notifications: [notice('authority'), notice('subjects')] }), 'closed', closed)).toEqual({ key: 'api', text: closed });
  });
});
