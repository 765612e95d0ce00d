import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import { buildAuditReport } from '../../electron/core/reports/build-audit-report';
import { writeAuditReportPdf } from '../../electron/core/reports/report-pdf/write-audit-report-pdf';
import type { NewRequest, Transition } from '../../electron/shared/requests';
import { splitProblems } from '../support/pdf-layout';
import { plainObjects } from '../support/pdf-objects';
import { pdfaProblems } from '../support/pdfa-check';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/**
 * The audit report as PDF over a vault whose numbers are known, read back with pdftotext
 * and pdfinfo. Set REPORT_OUT=/tmp/report to keep the PDFs for looking at.
 */
const OUT = process.env.REPORT_OUT;
const RANGE = { from: '2026-02-01', to: '2026-03-31' };
const text = (path: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', path, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
const pages = (path: string) => Number(/Pages: +(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);

describe('the audit report as PDF, over a vault with known numbers', () => {
  const tmp = tempDir();
  const dir = OUT ?? tmp.dir;
  let clock = Date.parse('2026-02-01T08:00:00Z');
  const at = (iso: string) => (clock = Date.parse(iso));
  const app = appOver(tmp.dir, () => new Date(clock));

  async function call<T>(channel: string, input: unknown): Promise<T> {
    const result = await app.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  }
  const request = (receivedAt: string, types: NewRequest['types'] = ['access'], subjectName = 'Giulia Bianchi'): NewRequest => ({
    regime: 'gdpr', types, receivedAt, channel: 'email', subjectName, subjectEmail: 'g@example.com',
  });
  const create = (r: NewRequest) => call<{ id: string }>('requests.create', { request: r });
  const move = (id: string, transition: Transition) => call('requests.transition', { id, transition });
  const verified: Transition = { to: 'in-progress', identity: { method: 'account-login', outcome: 'verified' } };
  const answered = (reason: string): Transition => ({ to: 'responded', outcome: 'fulfilled', reason });

  beforeAll(async () => {
    if (OUT) mkdirSync(OUT, { recursive: true });
    await app.session.create(PASSPHRASE);
    await call('settings.update', { changes: { 'organisation.name': 'Noventia Srl', 'organisation.country': 'IT', 'organisation.timeZone': 'Europe/Rome', 'commitments.responseDays': 30 } });
    // February: access answered in 10 days, erasure in 2.
    at('2026-02-10T12:00:00Z');
    const f1 = await create(request('2026-02-10T09:00:00+01:00'));
    at('2026-02-12T12:00:00Z');
    const f2 = await create(request('2026-02-12T09:00:00+01:00', ['erasure']));
    at('2026-02-14T12:00:00Z');
    for (const r of [f1, f2]) await move(r.id, verified);
    await move(f2.id, answered('Erased'));
    at('2026-02-20T12:00:00Z');
    await move(f1.id, answered('Sent'));
    // March: answered in 9 days, answered late (day 40), refused (identity), still open.
    at('2026-03-02T12:00:00Z');
    const a = await create(request('2026-03-02T09:00:00+01:00'));
    const b = await create(request('2026-03-02T10:00:00+01:00', ['erasure']));
    const c = await create(request('2026-03-02T11:00:00+01:00'));
    const d = await create(request('2026-03-02T12:00:00+01:00', ['erasure']));
    at('2026-03-03T09:00:00Z');
    for (const r of [a, b, d]) await move(r.id, verified);
    await move(c.id, { to: 'awaiting-identity', method: 'id-document', reason: 'No account' });
    at('2026-03-11T09:00:00Z');
    await move(a.id, answered('Sent'));
    at('2026-03-20T09:00:00Z');
    await move(c.id, { to: 'responded', outcome: 'refused', refusalGround: 'identity-not-verified', reason: 'No ID' });
    at('2026-04-11T09:00:00Z');
    await move(b.id, answered('Erased'));
    at('2026-03-10T10:00:00Z');
    const breach = await call<{ id: string }>('breaches.create', {
      breach: { title: 'Mailbox compromise', awareAt: '2026-03-10T10:00:00+01:00', cause: 'cyber-attack', facts: { confidentiality: 'unknown-recipients', integrity: 'none', availability: 'none', maliciousIntent: true, dataCategories: ['contact'], subjects: 40 } },
    });
    at('2026-03-11T16:00:00Z');
    await call('breaches.addNotification', { id: breach.id, notification: { recipient: 'authority', phase: 'preliminary', sentAt: '2026-03-11T16:00:00+01:00', summary: 'Preliminary notice' } });
    await call('breaches.addAction', { id: breach.id, action: { kind: 'containment', at: '2026-03-10T12:00:00+01:00', who: 'IT', text: 'Mailbox password reset and sessions revoked' } });
    at('2026-05-10T08:00:00Z');
  });
  afterAll(async () => {
    await app.dispose();
    tmp.cleanup();
  });

  it('the figures it prints are the known ones', async () => {
    const report = await buildAuditReport(app.session.db(), RANGE, new Date(clock));
    expect(report.requests).toMatchObject({
      received: 6, closed: 5, open: 1, overdue: 0,
      withinLegalDeadline: { count: 4, of: 5 }, withinCommitment: { count: 4, of: 5 },
      daysToRespond: { median: 10, p90: 40 }, refusalsByGround: { 'identity-not-verified': 1 }, identityVerificationFailures: 1,
      perMonth: { '2026-02': { access: 1, erasure: 1 }, '2026-03': { access: 2, erasure: 2 } },
    });
    expect(report.breaches).toMatchObject({ total: 1, notifiedToAuthority: 1, medianHoursToNotification: 30, peopleAffected: 40 });
  });

  it('prints the figures, the chart, the integrity statement and both registers, in English', async () => {
    const path = join(dir, 'audit-report.en.pdf');
    const stages = new Set<string>();
    await writeAuditReportPdf(app.session.db(), path, { range: RANGE, now: new Date(clock), language: 'en', progress: (stage) => stages.add(stage) });
    expect([...stages]).toEqual(expect.arrayContaining(['requests', 'breaches', 'integrity', 'writing']));
    const content = text(path);
    const { headHash, eventCount } = await verifyAuditChain(app.session.db());
    for (const fact of [
      'Noventia Srl', 'Audit report', '1 February 2026 to 31 March 2026', 'Europe/Rome', 'Generated',
      'Requests received 6', 'Open past the legal deadline on 31 March 2026 0', 'Closed 5', 'Still open 1', 'Answered within the legal deadline 4 of 5 (80.0%)', 'Answered within the organisation’s commitment 4 of 5 (80.0%)',
      'Days to respond: median 10', 'Days to respond: 90th percentile 40', 'Identity verification failures 1',
      'Breaches 1', 'First notification within 72 hours of awareness 1 of 1 (100.0%)', 'Hours from awareness to notification, each (fewer than three: no median) 30', 'People affected (approximate) 40',
      'Requests received per month, by type', 'Feb', 'Mar', 'Requests by type', 'Access 3 3 0 0', 'Erasure 3 2 1 0', 'Requests by regime', 'GDPR 6 5 1 0',
      'Refusals by ground', 'Identity not verified 1', 'Breaches by severity (ENISA)', 'Breaches by cause', 'Cyber-attack 1',
      'Integrity of the audit trail', `each of its ${eventCount} events`, headHash,
      'Register of requests', '2026-0001', '2026-02-10', 'Refused: identity not verified', 'Register of breaches (Art. 33(5) GDPR)', '2026-03-10',
      'Open past the organisation’s commitment on 31 March 2026 0', 'Answered that no data is held 0',
    ]) expect(content, fact).toContain(fact);
    // Cells and notes wrap: read in the order they were written, lines joined.
    const flat = execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const fact of [
      'Of the 6 requests received, 5 are closed and 1 still open. Every closed request was answered',
      'after the legal deadline: 1; after the organisation’s own commitment: 1', 'Legal deadline met', 'Commitment kept',
      'Mailbox compromise', 'Effects', 'Remedial action taken', 'could expose the people concerned to', '2026-03-10: Mailbox password reset and sessions revoked',
      // The commitment is judged on its own: 30 days end after the GDPR month for a receipt on Sun 1 Feb 2026 (1 Mar is a Sunday: the law's day rolls to Mon 2 Mar).
      'The organisation’s commitments', 'Promised by the organisation: an answer within 30 days. Each commitment is judged on its own',
      'Later than the law allows: the commitment to answer within 30 days ends after the legal deadline – one month, GDPR Art. 12(3) – for every type of request',
      'on 25 of 365 receipt dates tried, from 1 February 2026 to 31 January 2027. For example, for a request received on 1 February 2026 the legal deadline is 2 March 2026 and the commitment 3 March 2026.',
    ]) expect(flat, fact).toContain(fact);
    const bytes = plainObjects(readFileSync(path)).toString('latin1');
    for (const tag of ['/S /Table', '/S /TR', '/S /TH', '/S /TD', '/Scope /Column']) expect(bytes, tag).toContain(tag);
    expect(splitProblems(readFileSync(path))).toEqual([]);
    expect(content).not.toContain('Giulia');
    expect(content).not.toMatch(/\{\{|undefined|NaN/);
    expect(content).toContain('Requests answered late');
    expect(content).toContain('closed after a deadline: 1;');
    expect(content).toMatch(/2026-0004\s+GDPR\s+\D+2026-03-02\s+2026-04-11\s+2026-04-02\s+9\s+2026-04-01\s+10/);
    const count = pages(path);
    expect(count).toBeGreaterThanOrEqual(4);
    expect(content).toContain(`Page 1 of ${count}`);
    expect(content).toContain(`Page ${count} of ${count}`);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Title: +Audit report 2026-02-01 – 2026-03-31/);
    expect(info).toMatch(/Tagged: +yes/);
    expect(execFileSync('pdfinfo', ['-meta', path], { encoding: 'utf8' })).toContain('<pdfaid:part>2</pdfaid:part>');
    for (const font of execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim() !== '')) expect(font).toMatch(/Liberation\S* +CID TrueType +Identity-H +yes yes yes/);
  });

  it('speaks Italian, and names the data subjects only when asked', async () => {
    const path = join(dir, 'audit-report.it.pdf');
    await writeAuditReportPdf(app.session.db(), path, { range: RANGE, now: new Date(clock), language: 'it', withNames: true });
    const content = text(path);
    const flat = execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(flat).toContain('Gli impegni dell’organizzazione');
    // C25: the law cited as Italian writes it, never the English "GDPR Art. 12(3)".
    expect(flat).toContain('Oltre il termine di legge: l’impegno a rispondere entro 30 giorni scade dopo il termine di legge – un mese, art. 12, par. 3, del Regolamento (UE) 2016/679 – per ogni tipo di richiesta');
    expect(flat).not.toMatch(/GDPR Art\.|CCPA Regs\./);
    expect(flat).toContain('per una richiesta ricevuta il 1º febbraio 2026 il termine di legge è il 2 marzo 2026 e l’impegno il 3 marzo 2026.');
    for (const fact of ['Rapporto di audit', 'Dal 1º febbraio 2026 al 31 marzo 2026', 'Richieste ricevute 6', 'Evase entro il termine di legge 4 su 5 (80,0%)', 'Registro delle richieste', 'Giulia Bianchi', 'Rifiutata: identità', 'Attacco informatico', 'Richieste evase in ritardo', 'Giorni di ritardo', `Pagina 1 di ${pages(path)}`])
      expect(content, fact).toContain(fact);
    // C25: one decimal always ("80,0%", never "80%" beside "94,2%").
    expect(content).not.toMatch(/\(\d+%\)/);
  });

  it('numbers every page of a register that runs over many pages, the total known in advance', async () => {
    at('2026-05-10T08:00:00Z');
    for (let i = 0; i < 130; i++) await create(request(`2026-05-${String(1 + (i % 9)).padStart(2, '0')}T09:00:00+02:00`, i % 3 === 0 ? ['erasure'] : ['access'], `Persona ${i}`));
    const path = join(dir, 'audit-report.long.pdf');
    await writeAuditReportPdf(app.session.db(), path, { range: { from: '2026-01-01', to: '2026-05-31' }, now: new Date(clock) });
    const count = pages(path);
    const content = text(path);
    expect(count).toBeGreaterThanOrEqual(8);
    expect(content).toContain(`Page ${count} of ${count}`);
    expect(content).not.toContain(`Page ${count + 1} of`);
    expect(content).toContain('Register of requests (continued)');
    expect(content.match(/\b2026-\d{4}\b/g)?.length).toBeGreaterThanOrEqual(136);
    expect(splitProblems(readFileSync(path))).toEqual([]);
    // The structure elements are packed in compressed object streams, the file ends with a cross-reference stream, and qpdf finds it sound.
    const raw = readFileSync(path).toString('latin1');
    expect(raw).toContain('/Type /ObjStm');
    expect(raw).toMatch(/\/Type \/XRef[\s\S]*startxref\s+\d+\s+%%EOF\s*$/);
    expect(raw).not.toMatch(/^xref$|^trailer$/m);
    expect(raw).not.toContain('/S /TD');
    expect(plainObjects(readFileSync(path)).toString('latin1').match(/\/S \/TD\b/g)?.length).toBeGreaterThanOrEqual(136 * 10);
    expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors found');
  }, 120_000);

  it('says "to date" for a period that has not ended, elides Italian articles before the 8th and the 11th, and is PDF/A-2b', async () => {
    at('2026-05-11T08:00:00Z');
    const en = join(dir, 'audit-report.to-date.en.pdf');
    await writeAuditReportPdf(app.session.db(), en, { range: { from: '2026-02-08', to: '2026-05-31' }, now: new Date(clock), language: 'en' });
    expect(text(en)).toContain('8 February 2026 to date (11 May 2026); the period ends on 31 May 2026');
    expect(pdfaProblems(readFileSync(en), tmp.dir)).toEqual([]);
    const it = join(dir, 'audit-report.to-date.it.pdf');
    await writeAuditReportPdf(app.session.db(), it, { range: { from: '2026-02-08', to: '2026-05-31' }, now: new Date(clock), language: 'it' });
    expect(text(it)).toContain('Dall’8 febbraio 2026 a oggi (11 maggio 2026); il periodo termina il 31 maggio 2026');
    const closed = join(dir, 'audit-report.closed.it.pdf');
    await writeAuditReportPdf(app.session.db(), closed, { range: { from: '2026-02-08', to: '2026-03-11' }, now: new Date(clock), language: 'it' });
    expect(text(closed)).toContain('Dall’8 febbraio 2026 all’11 marzo 2026');
  });
});
