import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import type { NewRequest, RequestPage, RequestQuery } from '../../electron/shared/requests';
import { accessRequest, useItalianRequestVault } from './italian-request-vault';
import { appOver, PASSPHRASE } from './temp-vault';

const NOW = new Date('2026-04-10T08:00:00Z');

describe('rights requests over a real vault', () => {
  const vault = useItalianRequestVault(NOW);
  const access = accessRequest;

  async function list(query: RequestQuery): Promise<RequestPage> {
    const result = await vault.app.dispatch('requests.list', query);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as RequestPage;
  }

  async function create(request: NewRequest) {
    const result = await vault.app.dispatch('requests.create', { request });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as { id: string; reference: string };
  }

  it('computes both clocks at creation and numbers the request by year', async () => {
    const { id, reference } = await create(access);
    expect(reference).toBe('2026-0001');
    const detail = await vault.app.handlers['requests.get']({ id });
    expect(detail).toMatchObject({
      status: 'received',
      receivedDate: '2026-03-31',
      jurisdiction: 'IT',
      legal: { date: '2026-04-30', daysLeft: 20 },
      organisation: { date: '2026-04-30', daysLeft: 20 },
      effective: { date: '2026-04-30', daysLeft: 20, drivenBy: 'both' },
      overdue: false,
      slaBreached: false,
      deadlines: { due: '2026-04-30', extensionNoticeBy: '2026-04-30', organisationAcknowledgeBy: '2026-04-02' },
      allowedTransitions: ['awaiting-identity', 'in-progress', 'extended', 'responded', 'withdrawn'],
    });
    expect(detail.deadlines.explanations.join('\n')).toContain('Tue 31 Mar 2026');
    expect((await create({ ...access, subjectName: 'Marco Rossi' })).reference).toBe('2026-0002');
  });

  it('extends by the reading of "two further months" chosen in Settings, and says which', async () => {
    // 31 Jan 2026: one month ends on Sat 28 Feb (clamped; moved to Mon 2 Mar). Three months
    // from receipt end on Thu 30 Apr; two months after the end of the first month, on Tue 28 Apr.
    vault.clock = Date.parse('2026-02-10T08:00:00Z');
    await vault.app.handlers['settings.update']({ changes: { 'deadlines.gdprExtension': 'from-first-end' } });
    const { id } = await create({ ...access, receivedAt: '2026-01-31T10:00:00+01:00' });
    const detail = await vault.app.handlers['requests.transition']({ id, transition: { to: 'extended', reason: 'Data spread over six systems' } });
    expect(detail.deadlines.extendedDue).toBe('2026-04-28');
    expect(detail.deadlines.explanations.join('\n')).toContain('"two further months" read as two months added to the end of the first month');
  });

  it('walks identity → in progress → extension → response, recomputing the deadline and auditing every step', async () => {
    const { id } = await create(access);
    let detail = await vault.app.handlers['requests.transition']({ id, transition: { to: 'awaiting-identity', method: 'id-document', reason: 'E-mail not linked to an account' } });
    expect(detail.status).toBe('awaiting-identity');
    detail = await vault.app.handlers['requests.transition']({ id, transition: { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } } });
    expect(detail.identity).toMatchObject({ method: 'id-document', outcome: 'verified' });
    detail = await vault.app.handlers['requests.transition']({ id, transition: { to: 'extended', reason: 'Data spread over six systems and two processors' } });
    // No extension notice recorded as sent yet: the original deadline binds until one is (Art. 12(3); review 6, F13).
    expect(detail).toMatchObject({ status: 'extended', deadlines: { extendedDue: '2026-06-30', extension: { inEffect: false } }, legal: { date: '2026-04-30' } });
    expect(detail.organisation.date).toBe('2026-05-30');
    expect(detail.effective).toMatchObject({ date: '2026-04-30', drivenBy: 'legal' });

    const refused = await vault.app.dispatch('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION', message: 'A request that is extended cannot move to in progress; allowed: responded, withdrawn', detail: { key: 'msg.error.request.move.notAllowed' } } });

    detail = await vault.app.handlers['requests.transition']({ id, transition: { to: 'responded', outcome: 'fulfilled', reason: 'Copy of data sent by encrypted e-mail' } });
    expect(detail).toMatchObject({ status: 'responded', outcome: 'fulfilled', allowedTransitions: [], legal: { daysLeft: null } });
    expect(detail.timeline.map((t) => t.action)).toEqual(['request.created', 'request.transition', 'request.transition', 'request.transition', 'request.transition']);
    expect(detail.timeline[3]?.data).toEqual({ from: 'in-progress', to: 'extended', reason: 'Data spread over six systems and two processors' });

    const audit = await vault.app.session.db().selectFrom('audit_events').select('data').where('entity_type', '=', 'request').execute();
    const auditText = audit.map((a) => a.data).join('\n');
    expect(auditText).not.toContain('Giulia');
    expect(auditText).not.toContain('giulia.bianchi');
    expect(auditText).not.toContain('six systems');
    expect(auditText).toContain('reasonSha256');
    expect((await verifyAuditChain(vault.app.session.db())).ok).toBe(true);
  });

  it('refuses to give data before identity is settled, and a late extension', async () => {
    const { id } = await create(access);
    const early = await vault.app.dispatch('requests.transition', { id, transition: { to: 'responded', outcome: 'fulfilled', reason: 'sent' } });
    expect(!early.ok && early.error.code).toBe('ILLEGAL_TRANSITION');
    vault.clock = Date.parse('2026-05-04T08:00:00Z');
    const late = await vault.app.dispatch('requests.transition', { id, transition: { to: 'extended', reason: 'Too many systems to search' } });
    expect(late).toEqual({
      ok: false,
      error: { code: 'ILLEGAL_TRANSITION', message: 'The extension had to be notified by Thu 30 Apr 2026; it can no longer be given', detail: { key: 'msg.error.request.move.extensionTooLate', params: { date: '2026-04-30' } } },
    });
    const refusal = await vault.app.handlers['requests.transition']({ id, transition: { to: 'responded', outcome: 'refused', refusalGround: 'identity-not-verified', reason: 'No reply to the identity request' } });
    expect(refusal).toMatchObject({ outcome: 'refused', refusalGround: 'identity-not-verified', identity: { outcome: 'failed' } });
  });

  it('answers that no data is held without a verified identity: nothing is disclosed and there is nothing to check it against', async () => {
    const { id } = await create(access);
    const answered = await vault.app.handlers['requests.transition']({ id, transition: { to: 'responded', outcome: 'no-data-held', reason: 'Searched the CRM and the support desk' } });
    expect(answered).toMatchObject({ status: 'responded', outcome: 'no-data-held', refusalGround: null, identity: { outcome: 'pending' } });
  });

  it('sends requests about children through parental verification', async () => {
    const asSelf = await vault.app.dispatch('requests.create', { request: { ...access, under16: true } });
    expect(!asSelf.ok && asSelf.error.issues?.[0]?.path).toBe('request.requesterRelation');
    const { id } = await create({ ...access, under16: true, requesterRelation: 'parent-guardian', requesterName: 'Anna Bianchi' });
    const wrong = await vault.app.dispatch('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } } });
    expect(!wrong.ok && wrong.error.message).toBe('The data subject is under 16: verify the parent’s or guardian’s authority before acting');
    const right = await vault.app.dispatch('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'parental-authority-proof', outcome: 'verified' } } });
    expect(right.ok).toBe(true);
  });

  it('needs no identity for CCPA opt-outs, and stops the UK vault.clock while waiting for identity', async () => {
    const optOut = await create({ ...access, regime: 'ccpa', types: ['opt-out'], receivedAt: '2026-04-01T10:00:00-07:00' });
    const ccpa = await vault.app.handlers['requests.get']({ id: optOut.id });
    expect(ccpa).toMatchObject({ jurisdiction: 'US-CA', identity: { outcome: 'not-required' } });
    const wait = await vault.app.dispatch('requests.transition', { id: optOut.id, transition: { to: 'awaiting-identity', method: 'id-document', reason: 'check' } });
    expect(!wait.ok && wait.error.message).toContain('§§ 7026(d), 7027(e)');

    const uk = await create({ ...access, regime: 'uk-gdpr', receivedAt: '2026-04-01T10:00:00+01:00' });
    const before = await vault.app.handlers['requests.get']({ id: uk.id });
    expect(before.deadlines.due).toBe('2026-05-01');
    vault.clock = Date.parse('2026-04-03T09:00:00Z');
    const stopped = await vault.app.handlers['requests.transition']({ id: uk.id, transition: { to: 'awaiting-identity', method: 'id-document', reason: 'Need ID' } });
    expect(stopped.clockStops).toEqual([{ reason: 'identity', from: '2026-04-03', to: null }]);
    expect(stopped.deadlines.due).toBeNull();
    vault.clock = Date.parse('2026-04-13T09:00:00Z');
    const resumed = await vault.app.handlers['requests.transition']({ id: uk.id, transition: { to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } } });
    expect(resumed.clockStops).toEqual([{ reason: 'identity', from: '2026-04-03', to: '2026-04-13' }]);
    expect(resumed.deadlines.due! > '2026-05-01').toBe(true);
  });

  it('lists, filters, searches and counts in SQL', async () => {
    await create(access);
    await create({ ...access, subjectName: 'Marco Rossi', subjectEmail: 'marco@example.it', types: ['erasure'], receivedAt: '2026-02-02T09:00:00+01:00' });
    await create({ ...access, regime: 'ccpa', types: ['know'], subjectName: 'Jane Doe', subjectEmail: 'jane@example.com', receivedAt: '2026-04-08T09:00:00-07:00' });
    const all = await list({});
    expect(all.total).toBe(3);
    expect(all.today).toBe('2026-04-10');
    expect(all.rows.map((r) => r.subjectName)).toEqual(['Marco Rossi', 'Giulia Bianchi', 'Jane Doe']);
    expect(all.rows[0]).toMatchObject({ overdue: true, legal: { date: '2026-03-02', daysLeft: -39 } });
    expect((await list({ search: 'ROSSI' })).rows.map((r) => r.reference)).toEqual(['2026-0002']);
    expect((await list({ search: '%' })).total).toBe(0);
    expect((await list({ type: 'erasure' })).total).toBe(1);
    expect((await list({ regime: ['ccpa'] })).total).toBe(1);
    expect((await list({ overdue: true })).total).toBe(1);
    expect((await list({ limit: 1, offset: 1 })).rows).toHaveLength(1);
    const counts = await vault.app.handlers['requests.counts']({});
    expect(counts).toMatchObject({ open: 3, overdue: 1, slaBreached: 0, byStatus: { received: 3, responded: 0 } });
  });

  it('stores attachments encrypted with their hash, and refuses files that are not what they claim', async () => {
    const { id } = await create(access);
    const pdf = Buffer.from('%PDF-1.7\n% a signed request letter\n');
    const detail = await vault.app.handlers['requests.addAttachment']({ id, fileName: 'request-letter.pdf', base64: pdf.toString('base64') });
    expect(detail.attachments).toEqual([expect.objectContaining({ fileName: 'request-letter.pdf', mimeType: 'application/pdf', size: pdf.length })]);
    const back = await vault.app.handlers['requests.attachment']({ attachmentId: detail.attachments[0]!.id });
    expect(Buffer.from(back.base64, 'base64').equals(pdf)).toBe(true);
    const fake = await vault.app.dispatch('requests.addAttachment', { id, fileName: 'id-card.png', base64: pdf.toString('base64') });
    expect(!fake.ok && fake.error.message).toBe('id-card.png does not contain what its name says (.png); it was not stored');
    const exe = await vault.app.dispatch('requests.addAttachment', { id, fileName: 'tool.exe', base64: 'AAAA' });
    expect(!exe.ok && exe.error.message).toMatch(/^tool.exe: files of type .exe are not accepted; accepted: .pdf/);
  });

  it('explains what is missing before the organisation is set up', async () => {
    const other = appOver(`${vault.tmp.dir}/other`);
    await other.session.create(PASSPHRASE);
    const result = await other.dispatch('requests.create', { request: access });
    expect(result).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: "Set the organisation's country and time zone in Settings → Organisation first: every deadline is counted in them", detail: { key: 'msg.error.settings.missing.both' } },
    });
    await other.dispose();
  });
});
