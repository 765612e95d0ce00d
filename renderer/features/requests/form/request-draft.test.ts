import { describe, expect, it } from 'vitest';
import type { Regime, RequestType } from '../../../../electron/shared/requests';
import { addSystem, defaultRegime, emptyDraft, localIssues, toNewRequest, updateDraft } from './request-draft';

const typesOf = (regime: Regime): readonly RequestType[] => (regime === 'ccpa' ? ['know', 'delete'] : ['access', 'erasure']);

describe('request draft', () => {
  it('guesses the law from the organisation country', () => {
    expect(defaultRegime('IT')).toBe('gdpr');
    expect(defaultRegime('GB')).toBe('uk-gdpr');
    expect(defaultRegime('US')).toBe('ccpa');
    expect(defaultRegime(null)).toBe('gdpr');
  });

  it('sends a child’s request through a parent or guardian', () => {
    const draft = updateDraft(emptyDraft('gdpr', '2026-03-31T09:30'), { under16: true }, typesOf);
    expect(draft.requesterRelation).toBe('parent-guardian');
  });

  it('keeps only the types the new law knows', () => {
    const draft = { ...emptyDraft('gdpr', '2026-03-31T09:30'), types: ['access', 'erasure'] as RequestType[] };
    expect(updateDraft(draft, { regime: 'ccpa' }, typesOf).types).toEqual([]);
    expect(updateDraft(draft, { regime: 'uk-gdpr' }, typesOf).types).toEqual(['access', 'erasure']);
  });

  it('turns the wall-clock receipt into an instant with the organisation offset', () => {
    const request = toNewRequest({ ...emptyDraft('gdpr', '2026-03-31T09:30'), types: ['access'], subjectName: 'Ada' }, 'Europe/Rome');
    expect(request.receivedAt).toBe('2026-03-31T09:30:00+02:00');
    expect(request.requesterName).toBe('');
  });

  it('keeps the requester only when someone else made the request', () => {
    const draft = { ...emptyDraft('gdpr', '2026-01-10T18:00'), requesterRelation: 'authorised-agent' as const, requesterName: 'Studio Bianchi' };
    expect(toNewRequest(draft, 'Europe/Rome').requesterName).toBe('Studio Bianchi');
    expect(toNewRequest({ ...draft, requesterRelation: 'self' }, 'Europe/Rome').requesterName).toBe('');
  });

  it('passes an unreadable receipt on as typed and flags it locally', () => {
    const draft = emptyDraft('gdpr', '');
    expect(toNewRequest(draft, 'Europe/Rome').receivedAt).toBe('');
    expect(localIssues(draft, 'Europe/Rome', Date.now())).toEqual([{ path: 'receivedAt', message: 'invalid' }]);
  });

  it('flags a receipt in the future', () => {
    const now = Date.parse('2026-03-31T08:00:00Z');
    expect(localIssues(emptyDraft('gdpr', '2026-03-31T10:30'), 'Europe/Rome', now)).toEqual([{ path: 'receivedAt', message: 'future' }]);
    expect(localIssues(emptyDraft('gdpr', '2026-03-31T09:30'), 'Europe/Rome', now)).toEqual([]);
  });

  it('adds systems once, trimmed', () => {
    expect(addSystem(['CRM'], '  cloud   hosting ')).toEqual(['CRM', 'cloud hosting']);
    expect(addSystem(['CRM'], 'crm')).toEqual(['CRM']);
    expect(addSystem(['CRM'], '  ')).toEqual(['CRM']);
  });
});
