import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAuditReportPdf } from '../../electron/core/reports/report-pdf/write-audit-report-pdf';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/**
 * The fourth lawyer review's findings on the audit report still open after the first round, read back from the PDF
 * (pdftotext) in English and Italian: the commitment date of a request due on receipt (D1), the UK month cited as the
 * letters cite it (D38's citation), an open breach's authority due time with its client notices and NIS2 reports (D7),
 * and the reason for not notifying on its own full-width line (D23).
 */
describe('the audit report’s registers after lawyer review 4 (D1, D7, D23, D38)', () => {
  const tmp = tempDir();
  let clock = Date.parse('2026-11-02T09:00:00Z');
  const at = (iso: string) => (clock = Date.parse(iso));
  const app = appOver(tmp.dir, () => new Date(clock));
  const RANGE = { from: '2026-11-01', to: '2026-11-30' };
  const REASON = 'One known, trusted recipient confirmed deletion in writing within hours: unlikely to result in a risk (EDPB 01/2021 case 16)';
  const texts = new Map<string, string>();

  async function call<T>(channel: string, input: unknown): Promise<T> {
    const result = await app.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  }
  /** The report's text in a language, as laid out (-layout: a page's lines) or in reading order (-raw: a cell's text whole). */
  async function pdfText(language: 'en' | 'it', mode: '-layout' | '-raw'): Promise<string> {
    const path = join(tmp.dir, `report-${language}.pdf`);
    if (!texts.has(language)) {
      await writeAuditReportPdf(app.session.db(), path, { range: RANGE, now: new Date(clock), language, progress: () => undefined });
      texts.set(language, path);
    }
    return execFileSync('pdftotext', ['-enc', 'UTF-8', mode, path, '-'], { encoding: 'utf8' });
  }
  const layout = (language: 'en' | 'it') => pdfText(language, '-layout');
  const flat = async (language: 'en' | 'it') => (await pdfText(language, '-raw')).replace(/\s+/g, ' ');

  beforeAll(async () => {
    await app.session.create(PASSPHRASE);
    await call('settings.update', { changes: { 'organisation.name': 'Noventia Srl', 'organisation.country': 'IT', 'organisation.timeZone': 'Europe/Rome', 'commitments.responseDays': 30 } });
    // A marketing objection (due on receipt) and a UK access request (so the UK month is judged).
    await call('requests.create', { request: { regime: 'gdpr', types: ['marketing-opt-out'], receivedAt: '2026-11-02T09:00:00+01:00', channel: 'email', subjectName: 'Giulia Bianchi' } });
    await call('requests.create', { request: { regime: 'uk-gdpr', types: ['access'], receivedAt: '2026-11-02T10:00:00+01:00', channel: 'email', subjectName: 'Tom Baker' } });
    // B-2026-001: not notified, for a long reason; remedial action recorded; closed.
    at('2026-11-03T09:00:00Z');
    const invoice = await call<{ id: string }>('breaches.create', {
      breach: {
        title: 'Invoice e-mailed to the wrong customer',
        awareAt: '2026-11-03T09:00:00+01:00',
        cause: 'misdirected-communication',
        facts: { confidentiality: 'known-recipients', integrity: 'none', availability: 'none', maliciousIntent: false, dataCategories: ['identity', 'contact'], subjects: 1, recipientTrusted: true },
      },
    });
    await call('breaches.decide', { id: invoice.id, decision: { notifyAuthority: false, notifySubjects: false, rationale: REASON } });
    await call('breaches.addAction', { id: invoice.id, action: { kind: 'containment', who: 'Support', text: 'Deletion confirmed by the recipient' } });
    await call('breaches.transition', { id: invoice.id, transition: { to: 'assessed' } });
    await call('breaches.transition', { id: invoice.id, transition: { to: 'notified' } });
    await call('breaches.transition', { id: invoice.id, transition: { to: 'closed', reason: 'Deletion confirmed' } });
    // B-2026-002: open, no decision yet; a client told and a NIS2 early warning sent; the 72 hours still running.
    at('2026-11-28T09:00:00Z');
    const client = await call<{ id: string }>('clients.save', { client: { name: 'Blu Mobility SpA', privacyContact: 'privacy@blu.example', breachNoticeHours: 24, country: 'IT' } });
    const bucket = await call<{ id: string }>('breaches.create', { breach: { title: 'Object-storage bucket left public', awareAt: '2026-11-28T10:00:00+01:00', cause: 'human-error' } });
    await call('breaches.setRoles', { breachId: bucket.id, controllerSide: true, clientIds: [client.id], nis2Significant: true });
    at('2026-11-28T15:00:00Z');
    await call('breaches.clientNotice', { breachId: bucket.id, clientId: client.id, sentAt: '2026-11-28T16:00:00+01:00', channel: 'PEC', reference: 'PEC 2026/0412' });
    await call('breaches.nis2Report', { breachId: bucket.id, stage: 'early-warning', sentAt: '2026-11-28T16:00:00+01:00', reference: 'CSIRT-IT 7731' });
    // B-2026-003: open and not notified 80 hours on.
    await call('breaches.create', { breach: { title: 'Backup tape lost in transit', awareAt: '2026-11-25T11:00:00+01:00', cause: 'lost-stolen-device' } });
    // Made on 29 November at 16:00 in Rome: 42 hours left on B-2026-002, 5 hours overdue on B-2026-003.
    at('2026-11-29T15:00:00Z');
  }, 180_000);
  afterAll(async () => {
    await app.dispose();
    tmp.cleanup();
  }, 180_000);

  it('D1: prints the law’s date as the commitment of a marketing objection, due on receipt', async () => {
    const register = await layout('en');
    const row = register.split('\n').find((line) => line.includes('Marketing opt-out') && line.includes('2026-11-02'));
    // Received, legal due and commitment due all on 2 November: no 30-day promise applies to it.
    expect(row?.match(/2026-11-02/g)).toHaveLength(3);
    expect(row).not.toContain('2026-12-02');
  }, 180_000);

  it('D38: cites the UK month as Art. 12(3) with Art. 12A, as the letters do, in both languages', async () => {
    expect(await flat('en')).toContain('– one month, UK GDPR Art. 12(3), as amended, and Art. 12A, inserted by the Data (Use and Access) Act 2025 – for every type of request it applies to');
    expect(await flat('it')).toContain('– un mese, UK GDPR, artt. 12, par. 3, come modificato, e 12A, inserito dal Data (Use and Access) Act 2025 – per ogni tipo di richiesta cui si applica');
    expect(await flat('en')).not.toMatch(/one month, UK GDPR Art\. 12A/);
  }, 180_000);

  it('D7: an open breach not yet notified shows the authority’s due time, running or overdue, and its client notices and NIS2 reports', async () => {
    const en = await flat('en');
    expect(en).toContain('Not yet notified: due to the authority by 2026-12-01 10:00 (Art. 33(1)), 42 h left');
    expect(en).toContain('Not yet notified: due to the authority by 2026-11-28 11:00 (Art. 33(1)), overdue by 29 h');
    expect(en).toContain('Notices to the clients whose data it touches (Art. 33(2)): Blu Mobility SpA, 2026-11-28 16:00 (reference PEC 2026/0412)');
    expect(en).toContain('NIS2 reports to the CSIRT: early warning 2026-11-28 16:00 (reference CSIRT-IT 7731)');
    const it = await flat('it');
    expect(it).toContain('Non ancora notificata: notifica all’autorità dovuta entro il 2026-12-01 10:00 (art. 33, par. 1), mancano 42 h');
    expect(it).toContain('scaduta da 29 h');
    expect(it).toContain('Comunicazioni ai clienti titolari dei dati coinvolti (art. 33, par. 2): Blu Mobility SpA, 2026-11-28 16:00 (rif. PEC 2026/0412)');
    expect(it).toContain('Segnalazioni NIS2 al CSIRT: pre-notifica 2026-11-28 16:00 (rif. CSIRT-IT 7731)');
    // A closed breach, or one decided not to notify, owes the authority nothing: no due time on its row.
    expect(en.match(/Not yet notified: due to the authority/g)).toHaveLength(2);
  }, 180_000);

  it('D23: the reason for not notifying has its own full-width line under the row, not a narrow column a word a line', async () => {
    for (const [language, lead] of [
      ['en', 'Not notified to the authority: '],
      ['it', 'Non notificata all’autorità: '],
    ] as const) {
      const lines = (await layout(language)).split('\n');
      const line = lines.find((l) => l.includes(lead));
      // The whole sentence (about 130 characters) on one line of the page.
      expect(line?.trim()).toBe(`${lead}${REASON}`);
    }
  }, 180_000);
});
