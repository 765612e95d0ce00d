import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../electron/core/i18n';
import { buildAuditReport } from '../../electron/core/reports/build-audit-report';
import { writeAuditReportCsv } from '../../electron/core/reports/write-audit-report';
import { writeAuditReportPdf } from '../../electron/core/reports/report-pdf/write-audit-report-pdf';
import type { Dashboard } from '../../electron/shared/dashboard';
import type { DocumentSummary } from '../../electron/shared/document-contract';
import type { RequestCounts, RequestDetail, RequestPage } from '../../electron/shared/requests';
import { letterVault, NOVENTIA, pdfPages } from '../support/letter-vault';

/**
 * Review 6, F13 (3): an extension takes effect only once the person is told of it, with the
 * reasons, within the first month (Art. 12(3) GDPR), which the register knows from an extension
 * notice recorded as sent (`letter sent`) on or before the original deadline. Three requests
 * received on 3 November 2026 (one month ending 3 December), each extended on 18 November:
 * - "no notice": none recorded as sent (the demo's 2026-0136);
 * - "in time": the notice recorded as sent on 19 November, the day after the extension;
 * - "too late": a notice dated 3 December but recorded as sent on 4 December, then answered.
 * On 4 December every reader of the register (request page, inbox list and its overdue filter,
 * the counts, Today, the audit report's figures, PDF and CSV) holds the first and the third to
 * the original deadline, and the second to the extended one.
 */
let now = new Date('2026-11-18T11:00:00Z');
const REASONS = { 'extension.reasons': 'Your data is held in six systems and by two processors.' };

describe('an extension counts only once its notice is recorded sent within the month', () => {
  const { app, tmp, call } = letterVault(() => now, NOVENTIA);
  const refs = { none: '', inTime: '', tooLate: '' };

  async function extended(name: string): Promise<string> {
    const request = { regime: 'gdpr', types: ['access'], receivedAt: '2026-11-03T10:00:00+01:00', channel: 'email', subjectName: name, subjectEmail: 'person@example.com', confirmOldReceipt: true };
    const { id, reference } = await call<{ id: string; reference: string }>('requests.create', { request });
    await call('requests.transition', { id, transition: { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' } } });
    await call('requests.transition', { id, transition: { to: 'extended', reason: 'The data is held in six systems and by two processors.', at: '2026-11-18T10:00:00+01:00' } });
    return reference;
  }

  async function sendNotice(reference: string, date: string, sentOn: string): Promise<void> {
    const document = await call<DocumentSummary>('documents.finalise', { caseType: 'request', caseId: reference, kind: 'extension-notice', language: 'en', date, inputs: REASONS });
    await call('documents.sent', { documentId: document.id, sentOn, channel: 'email', recipient: 'The person' });
  }

  const detail = (reference: string) => call<RequestDetail>('requests.get', { id: reference });

  it('recorded but not yet notified, within the month: the original deadline binds until the notice is recorded sent', async () => {
    refs.none = await extended('Giulia Bianchi');
    refs.inTime = await extended('Marco Rossi');
    refs.tooLate = await extended('Anna Verdi');
    const pending = await detail(refs.inTime);
    expect(pending.status).toBe('extended');
    expect(pending.legal.date).toBe('2026-12-03');
    expect(pending.deadlines.extendedDue).toBe('2027-02-03');
    expect(pending.deadlines.extension).toMatchObject({ inEffect: false, noticeSentOn: null });
    const why = pending.deadlines.extension?.why;
    if (!why) throw new Error('no reason given');
    expect(renderText('en', why)).toBe('Extension not yet in effect: record its notice as sent by Thu 3 Dec 2026; until then the original deadline (Thu 3 Dec 2026) applies');
    expect(renderText('it', why)).toBe('Proroga non ancora efficace: registra l’invio della comunicazione entro gio 3 dic 2026; fino ad allora vale il termine originario (gio 3 dic 2026)');

    // The next day the DPO sends the notice and records it: from then on the extension binds.
    now = new Date('2026-11-19T15:00:00Z');
    await sendNotice(refs.inTime, '2026-11-18', '2026-11-19');
    const effective = await detail(refs.inTime);
    expect(effective.legal.date).toBe('2027-02-03');
    expect(effective.deadlines.extension).toEqual({ inEffect: true, noticeSentOn: '2026-11-19', why: null });
    expect(effective.deadlines.explanationLines.map((l) => renderText('en', l.head))).toContain(
      'Extension in effect: its notice is recorded as sent on Thu 19 Nov 2026, within the first period (by Thu 3 Dec 2026)',
    );
  });

  it('on 4 December: without a notice, or with one recorded sent after the month, the original deadline applies and the page says why', async () => {
    now = new Date('2026-12-04T09:00:00Z');
    await sendNotice(refs.tooLate, '2026-12-03', '2026-12-04');
    for (const reference of [refs.none, refs.tooLate]) {
      const late = await detail(reference);
      expect(late.legal.date).toBe('2026-12-03');
      expect(late.overdue).toBe(true);
      const why = late.deadlines.extension?.why;
      if (!why) throw new Error('no reason given');
      expect(renderText('en', why)).toBe('Extension not notified within the month: the original deadline (Thu 3 Dec 2026) applies');
      expect(renderText('it', why)).toBe('Proroga non comunicata entro il mese: vale il termine originario (gio 3 dic 2026)');
    }
    expect((await detail(refs.tooLate)).deadlines.extension?.noticeSentOn).toBe('2026-12-04');
    expect((await detail(refs.inTime)).overdue).toBe(false);
  });

  it('the same requests are counted the same way by the inbox, its overdue filter, the counts and Today', async () => {
    const overdue = [refs.none, refs.tooLate].sort();
    const list = await call<RequestPage>('requests.list', { overdue: true });
    expect(list.rows.map((r) => r.reference).sort()).toEqual(overdue);
    const group = await call<RequestPage>('requests.list', { group: 'overdue' });
    expect(group.rows.map((r) => r.reference).sort()).toEqual(overdue);
    const all = await call<RequestPage>('requests.list', {});
    expect(all.rows.filter((r) => r.overdue).map((r) => r.reference).sort()).toEqual(overdue);
    const counts = await call<RequestCounts>('requests.counts', {});
    expect(counts.overdue).toBe(2);
    const today = await call<Dashboard>('dashboard.get', {});
    expect(today.requests.overdue.total).toBe(2);
    expect(today.requests.overdue.rows.map((r) => r.reference).sort()).toEqual(overdue);
    expect(today.requests.overdue.rows.every((r) => r.legalDue === '2026-12-03')).toBe(true);
  });

  it('the audit report lists them as open past the legal deadline or answered late, with the reason, in its figures, PDF (EN/IT) and CSV', async () => {
    const tooLate = await detail(refs.tooLate);
    await call('requests.transition', { id: tooLate.id, expectedVersion: tooLate.version, transition: { to: 'responded', outcome: 'fulfilled', reason: 'Data sent by e-mail.' } });
    const range = { from: '2026-11-01', to: '2026-12-31' };
    const report = await buildAuditReport(app.session.db(), range, now);
    expect(report.requests.openOverdue).toEqual([{ reference: refs.none, regime: 'gdpr', status: 'extended', received: '2026-11-03', legalDue: '2026-12-03', daysOverdue: 1, extensionInEffect: false }]);
    expect(report.requests.late).toEqual([
      expect.objectContaining({ reference: refs.tooLate, answeredOn: '2026-12-04', legalDue: '2026-12-03', legalDaysLate: 1, extensionInEffect: false }),
    ]);
    expect(report.requests.overdue).toBe(1);
    expect(report.requests.extensions).toBe(1);

    const pdf = async (language: 'en' | 'it') => {
      const path = join(tmp.dir, `report-${language}.pdf`);
      await writeAuditReportPdf(app.session.db(), path, { range, now, language, progress: () => undefined });
      return pdfPages(readFileSync(path), tmp.dir, { raw: true }).join(' ').replace(/\s+/g, ' ');
    };
    const en = await pdf('en');
    expect(en).toContain(`${refs.none} (due 2026-12-03, 1 day overdue: extension not notified in time, the original deadline applies)`);
    expect(en).toContain('original deadline: extension not notified in time');
    expect(en).toContain('2027-02-03 not in effect (not notified in time)');
    const it = await pdf('it');
    expect(it).toContain(`${refs.none} (termine 2026-12-03, 1 giorno di ritardo: proroga non comunicata in tempo, vale il termine originario)`);
    expect(it).toContain('termine originario: proroga non comunicata in tempo');
    expect(it).toContain('2027-02-03 senza effetto (non comunicata in tempo)');

    const dir = join(tmp.dir, 'csv');
    await writeAuditReportCsv(app.session.db(), dir, { range, now, locale: 'C', progress: () => undefined });
    const [header, ...rows] = readFileSync(join(dir, 'requests.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    const columns = (header ?? '').split(',');
    const cell = (reference: string, column: string) => rows.find((r) => r.startsWith(reference))?.split(',')[columns.indexOf(column)];
    expect([cell(refs.none, 'extension_in_effect'), cell(refs.inTime, 'extension_in_effect'), cell(refs.tooLate, 'extension_in_effect')]).toEqual(['false', 'true', 'false']);
    expect([cell(refs.tooLate, 'within_legal_deadline'), cell(refs.tooLate, 'extended_due')]).toEqual(['false', '2027-02-03']);
    const late = readFileSync(join(dir, 'late.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(late[0]?.split(',').at(-1)).toBe('extension_in_effect');
    expect(late.find((l) => l.startsWith(refs.tooLate))?.split(',').at(-1)).toBe('false');
  });
});
