import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import type { DocumentSummary } from '../../electron/shared/document-contract';
import type { NewRequest, RequestDetail, Transition } from '../../electron/shared/requests';
import { letterVault } from '../support/letter-vault';

/**
 * What recording a letter as sent does to its request, over a real vault: an
 * acknowledgement letter records the acknowledgement (day, channel, letter); a decision
 * letter offers to close the open request and, when asked, closes it as responded on the
 * day it went, with the outcome the letter gives; a refused follow-up records nothing.
 */
const NOW = new Date('2026-05-05T08:00:00Z');

const request = (types: NewRequest['types']): NewRequest => ({
  regime: 'gdpr',
  types,
  receivedAt: '2026-04-27T10:00:00+02:00',
  channel: 'email',
  subjectName: 'Giulia Bianchi',
  subjectEmail: 'giulia@example.it',
});
const verified: Transition = { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } };

describe('recording a letter as sent', () => {
  const { app, call, refused } = letterVault(NOW);

  const listed = async (reference: string, id: string) => (await call<DocumentSummary[]>('documents.list', { caseId: reference })).find((d) => d.id === id);

  it('records the acknowledgement when the acknowledgement letter is recorded as sent', async () => {
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request: request(['access']) });
    const letter = await call<DocumentSummary>('documents.finalise', { caseId: reference, kind: 'acknowledgement', language: 'it', date: '2026-04-28' });
    expect((await listed(reference, letter.id))?.onSent).toEqual({ acknowledges: true, close: null });

    await call('documents.sent', { documentId: letter.id, sentOn: '2026-04-28', channel: 'pec', recipient: 'Giulia Bianchi' });
    const detail = await call<RequestDetail>('requests.get', { id });
    expect(detail.acknowledgement).toMatchObject({ channel: 'email', documentId: letter.id });
    expect(detail.acknowledgedAt?.slice(0, 10)).toBe('2026-04-28');
    expect(detail.status).toBe('received');
    expect((await listed(reference, letter.id))?.onSent).toEqual({ acknowledges: false, close: null });

    const again = await call<DocumentSummary>('documents.sent', { documentId: letter.id, sentOn: '2026-05-05', channel: 'email', recipient: 'Giulia Bianchi' });
    expect(again.dispatches).toHaveLength(2);
    expect((await call<RequestDetail>('requests.get', { id })).acknowledgedAt).toBe(detail.acknowledgedAt);
    const events = await app.session.db().selectFrom('audit_events').select('action').where('action', '=', 'request.acknowledged').execute();
    expect(events).toHaveLength(1);
  });

  it('offers to close the request with a decision letter and closes it as responded on the day it went', async () => {
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request: request(['erasure']) });
    await call('requests.transition', { id, transition: verified });
    const letter = await call<DocumentSummary>('documents.finalise', { caseId: reference, kind: 'erasure-confirmation', language: 'en', inputs: { 'action.date': '2026-05-04' }, date: '2026-05-04' });
    expect((await listed(reference, letter.id))?.onSent).toEqual({ acknowledges: false, close: { outcome: 'fulfilled', refusalGround: null } });

    const sent = await call<DocumentSummary>('documents.sent', { documentId: letter.id, sentOn: '2026-05-04', channel: 'email', recipient: 'Giulia Bianchi', close: { outcome: 'fulfilled', reason: 'Erasure confirmed by letter.' } });
    expect(sent.onSent).toEqual({ acknowledges: false, close: null });
    const detail = await call<RequestDetail>('requests.get', { id });
    expect(detail.status).toBe('responded');
    expect(detail.outcome).toBe('fulfilled');
    expect(detail.closedAt).toBe(new Date('2026-05-04T23:59:59+02:00').toISOString());
    expect(detail.timeline.map((t) => t.action).slice(-2)).toEqual(['request.letter-sent', 'request.transition']);
    expect((await verifyAuditChain(app.session.db())).ok).toBe(true);

    const twice = await refused('documents.sent', { documentId: letter.id, sentOn: '2026-05-05', channel: 'email', recipient: 'Giulia Bianchi', close: { outcome: 'fulfilled', reason: 'Again.' } });
    expect(twice.code).toBe('ILLEGAL_TRANSITION');
    expect((await listed(reference, letter.id))?.dispatches).toHaveLength(1);
  });

  it('leaves an open request open when the decision letter is sent without closing, and refuses to close with a letter that decides nothing', async () => {
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request: request(['erasure']) });
    await call('requests.transition', { id, transition: verified });
    const decision = await call<DocumentSummary>('documents.finalise', { caseId: reference, kind: 'erasure-confirmation', language: 'it', inputs: { 'action.date': '2026-05-05' } });
    await call('documents.sent', { documentId: decision.id, sentOn: '2026-05-05', channel: 'email', recipient: 'Giulia Bianchi' });
    expect((await call<RequestDetail>('requests.get', { id })).status).toBe('in-progress');

    const ack = await call<DocumentSummary>('documents.finalise', { caseId: reference, kind: 'acknowledgement', language: 'en' });
    const wrong = await refused('documents.sent', { documentId: ack.id, sentOn: '2026-05-05', channel: 'email', recipient: 'Giulia Bianchi', close: { outcome: 'fulfilled', reason: 'Done.' } });
    expect(wrong.code).toBe('VALIDATION');
    const after = await call<RequestDetail>('requests.get', { id });
    expect(after.acknowledgedAt).toBeNull();
    expect((await listed(reference, ack.id))?.dispatches).toEqual([]);

    const noGround = await refused('documents.sent', { documentId: decision.id, sentOn: '2026-05-05', channel: 'email', recipient: 'Giulia Bianchi', close: { outcome: 'refused', reason: 'No.' } });
    expect(noGround.code).toBe('VALIDATION');
  });
});
