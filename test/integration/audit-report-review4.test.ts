import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAuditReportPdf } from '../../electron/core/reports/report-pdf/write-audit-report-pdf';
import { writeAuditReportCsv, writeAuditReportJson } from '../../electron/core/reports/write-audit-report';
import type { AuditReport } from '../../electron/shared/reports';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/**
 * The fourth lawyer review's findings on the audit report (D1–D5), read back from the PDF
 * (pdftotext) in English and Italian and from the CSV/JSON exports, over a vault that holds
 * each case: a 30-day commitment (against what the law wants done on receipt), a breach
 * closed with no remedial action, a late notification with its reasons whose complete
 * notification is overdue, and a breach not notified whose triage scored a high severity.
 */
describe('the audit report after lawyer review 4 (D1–D5)', () => {
  const tmp = tempDir();
  let clock = Date.parse('2026-02-16T20:00:00Z');
  const at = (iso: string) => (clock = Date.parse(iso));
  const app = appOver(tmp.dir, () => new Date(clock));
  const RANGE = { from: '2026-01-01', to: '2026-12-31' };
  const texts = new Map<string, string>();

  async function call<T>(channel: string, input: unknown): Promise<T> {
    const result = await app.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  }
  /** The report's text in a language, on one line (pdftotext -raw, spaces collapsed), made once. */
  async function pdfText(language: 'en' | 'it'): Promise<string> {
    const known = texts.get(language);
    if (known) return known;
    const path = join(tmp.dir, `report-${language}.pdf`);
    await writeAuditReportPdf(app.session.db(), path, { range: RANGE, now: new Date(clock), language, progress: () => undefined });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    texts.set(language, text);
    return text;
  }

  beforeAll(async () => {
    await app.session.create(PASSPHRASE);
    await call('settings.update', { changes: { 'organisation.name': 'Noventia Srl', 'organisation.country': 'IT', 'organisation.timeZone': 'Europe/Rome', 'commitments.responseDays': 30 } });
    // B-2026-001: one trusted recipient, deleted at once; a high ENISA severity, not notified; closed with no remedial action.
    const invoice = await call<{ id: string }>('breaches.create', {
      breach: {
        title: 'Invoice e-mailed to the wrong customer',
        awareAt: '2026-02-16T21:00:00+01:00',
        cause: 'misdirected-communication',
        facts: { confidentiality: 'known-recipients', integrity: 'none', availability: 'none', maliciousIntent: false, dataCategories: ['identity', 'contact', 'financial'], subjects: 1, recipientTrusted: true },
      },
    });
    at('2026-02-17T16:00:00Z');
    await call('breaches.decide', { id: invoice.id, decision: { notifyAuthority: false, notifySubjects: false, rationale: 'One known, trusted recipient confirmed deletion in writing within hours' } });
    await call('breaches.transition', { id: invoice.id, transition: { to: 'assessed' } });
    at('2026-03-18T20:00:00Z');
    await call('breaches.transition', { id: invoice.id, transition: { to: 'notified' } });
    // Closing without a remedial action is now refused (review 4, D2); a vault written before that rule still holds
    // such a breach, closed as the register stored it then, and the report must keep showing it as a finding.
    expect((await app.dispatch('breaches.transition', { id: invoice.id, transition: { to: 'closed', reason: 'Agent retrained' } })).ok).toBe(false);
    await app.session.db().updateTable('breaches').set({ status: 'closed', closed_at: new Date(clock).toISOString() }).where('id', '=', invoice.id).execute();
    // B-2026-002: notified 90 hours after awareness with the reasons; the complete notification never followed.
    at('2026-03-04T21:00:00Z');
    const ransomware = await call<{ id: string }>('breaches.create', {
      breach: {
        title: 'Ransomware at the mailing processor',
        awareAt: '2026-03-04T22:00:00+01:00',
        cause: 'processor-incident',
        facts: { confidentiality: 'unknown-recipients', integrity: 'none', availability: 'none', maliciousIntent: true, dataCategories: ['identity', 'contact'], subjects: 1200 },
      },
    });
    at('2026-03-05T10:00:00Z');
    await call('breaches.decide', { id: ransomware.id, decision: { notifyAuthority: true, notifySubjects: true, rationale: 'Exfiltration by an attacker: a high risk to the people' } });
    await call('breaches.addAction', { id: ransomware.id, action: { kind: 'containment', at: '2026-03-05T11:00:00+01:00', who: 'IT', text: 'Integration with the processor suspended' } });
    at('2026-03-08T16:00:00Z');
    await call('breaches.addNotification', {
      id: ransomware.id,
      notification: {
        recipient: 'authority',
        phase: 'preliminary',
        sentAt: '2026-03-08T16:00:00+01:00',
        reference: 'GPDP-2026-0977',
        summary: 'Preliminary notification',
        delayReasons: 'The processor informed us 70 hours after its own discovery',
      },
    });
    // B-2026-003: closed after a remedial step was recorded: not a finding.
    at('2026-04-01T08:00:00Z');
    const laptop = await call<{ id: string }>('breaches.create', {
      breach: { title: 'Laptop lost on a train', awareAt: '2026-04-01T09:00:00+02:00', cause: 'lost-stolen-device', facts: { confidentiality: 'known-recipients', integrity: 'none', availability: 'none', maliciousIntent: false, dataCategories: ['contact'], subjects: 12, unintelligible: true } },
    });
    await call('breaches.decide', { id: laptop.id, decision: { notifyAuthority: false, notifySubjects: false, rationale: 'Full-disk encryption with a strong key: no risk to the people' } });
    await call('breaches.addAction', { id: laptop.id, action: { kind: 'remediation', at: '2026-04-01T09:30:00+02:00', who: 'IT', text: 'Device wiped remotely' } });
    await call('breaches.transition', { id: laptop.id, transition: { to: 'assessed' } });
    await call('breaches.transition', { id: laptop.id, transition: { to: 'notified' } });
    await call('breaches.transition', { id: laptop.id, transition: { to: 'closed', reason: 'Device wiped' } });
    // Generated on 10 May: the complete notification was due 30 days after 8 March (7 April).
    at('2026-05-10T08:00:00Z');
  }, 180_000);
  afterAll(async () => {
    await app.dispose();
    tmp.cleanup();
  }, 180_000);

  it('D1: the one-month finding names the rule it judges (the marketing objection and the withdrawal of consent are due on receipt, so a promise in days is not compared with them)', async () => {
    const en = await pdfText('en');
    // The year of the report's period, not a day past it (review 8, H10): 365 dates, 1 January to 31 December 2026.
    expect(en).toMatch(/– one month, GDPR Art\. 12\(3\) – for every type of request it applies to, on \d+ of 365 receipt dates tried, from 1 January 2026 to 31 December 2026\./);
    expect(await pdfText('it')).toMatch(/su 365 esaminate, dal 1º gennaio 2026 al 31 dicembre 2026\./);
    expect(en).not.toMatch(/on the day of receipt, GDPR Art\. (21|7)\(3\)/);
    // The types it does not apply to are named, with their rules (review 4, D1): their commitment date is the law's.
    expect(en).toContain('No commitment in days applies to requests for consent withdrawal and marketing opt-out, which the law wants acted on when they arrive (GDPR Arts 7(3) and 21(3)); their commitment date is the legal one, the day of receipt.');
    const it = await pdfText('it');
    expect(it).toContain('per ogni tipo di richiesta cui si applica, in');
    expect(it).toContain('Nessun impegno in giorni si applica alle richieste di revoca del consenso e di opposizione al marketing, che per legge vanno eseguite al ricevimento (artt. 7, par. 3, e 21, par. 3, del Regolamento (UE) 2016/679); per queste la data dell’impegno è quella di legge, il giorno del ricevimento.');
  }, 180_000);

  it('D2: lists the breaches closed with no remedial action recorded among the inspector’s findings (Art. 33(5))', async () => {
    const en = await pdfText('en');
    expect(en).toContain('5. Registers (Arts. 28, 30, 33(5), 44–49)');
    expect(en).toContain('Breaches closed without remedial action recorded (Art. 33(5)) 1 B-2026-001');
    // The laptop was closed after a remedial step was recorded; the ransomware is still open.
    expect(en).not.toMatch(/recorded \(Art\. 33\(5\)\) \d B-2026-001[^.]*B-2026-003/);
    const it = await pdfText('it');
    expect(it).toContain('Violazioni chiuse senza misure adottate per porvi rimedio registrate (art. 33, par. 5) 1 B-2026-001');
    expect(it).toContain('ossia i punti su cui un ispettore chiederebbe conto per primi');
    // Review 5, E11: the last of a list joined with "e"; processors and transfers are lists, not registers.
    expect(it).toContain('5. Registri (artt. 28, 30, 33, par. 5, e 44–49)');
    expect(it).toContain('Cosa mancava al registro dei trattamenti, all’elenco dei responsabili e dei trasferimenti e al registro delle violazioni');
    expect(it).not.toContain('ai responsabili, ai trasferimenti');
  }, 180_000);

  it('D4: shows the complete notification still owed, and how late, in the register and among the findings (Art. 33(4))', async () => {
    const en = await pdfText('en');
    expect(en).toContain('Complete notification (Art. 33(4)) still owed, planned for 7 April 2026: overdue by 33 days');
    expect(en).toContain('Complete notifications overdue (Art. 33(4)) 1 B-2026-002 (planned for 7 April 2026)');
    const it = await pdfText('it');
    expect(it).toContain('Notifica completa (art. 33, par. 4) ancora da inviare, prevista entro il 7 aprile 2026: in ritardo di 33 giorni');
    expect(it).toContain('Notifiche complete in ritardo (art. 33, par. 4) 1 B-2026-002 (prevista entro il 7 aprile 2026)');
  }, 180_000);

  it('D3: prints the reasons for a late notification beside it (Art. 33(1))', async () => {
    expect(await pdfText('en')).toMatch(/2026-03-08 16:00 Reasons for the delay \(Art\. 33\(1\)\): The processor informed us 70 hours after its own discovery/);
    expect(await pdfText('it')).toContain('Motivi del ritardo (art. 33, par. 1): The processor informed us 70 hours after its own discovery');
  }, 180_000);

  it('D5: a breach not notified shows no effects expected with the decision’s reason, and its high severity as outweighed by it', async () => {
    const en = await pdfText('en');
    expect(en).toContain('High (set aside)');
    expect(en).toContain('No misuse of the data has been observed so far. The ENISA severity (High) is set aside by the decision not to notify, for the reason it gives.');
    expect(en).toContain('None expected, per the decision not to notify (see its reason). Had the data been misused, which that decision judges unlikely: depending');
    // The notified breach keeps its consequences as the notices state them, and its severity as scored.
    expect(en).not.toContain('Medium (set aside)');
    expect(en).not.toContain('Low (set aside)');
    const it = await pdfText('it');
    // Review 5, E11: "superata" reads as "exceeded"; the score is not followed.
    expect(it).toContain('Alta (non seguita)');
    expect(it).toContain('Finora non è stato rilevato alcun uso illecito dei dati. La gravità ENISA (Alta) non è seguita: prevale la decisione di non notificare, per il motivo indicato.');
    expect(it).not.toContain('superata');
    expect(it).toContain('Nessuna prevista, secondo la decisione di non notificare (v. il motivo). Se i dati fossero usati illecitamente, eventualità che la decisione giudica improbabile: a seconda');
  }, 180_000);

  it('D6: prints each notification’s hours, not a median, when fewer than three were notified', async () => {
    const en = await pdfText('en');
    expect(en).toContain('Hours from awareness to notification, each (fewer than three: no median) 90');
    expect(en).not.toContain('notification: median');
    expect(await pdfText('it')).toContain('Ore dalla conoscenza alla notifica, per ciascuna (meno di tre: nessuna mediana) 90');
  }, 180_000);

  it('carries the same facts in the CSV (machine and Italian) and JSON exports', async () => {
    const options = { range: RANGE, now: new Date(clock) };
    const dir = join(tmp.dir, 'csv');
    await writeAuditReportCsv(app.session.db(), dir, options);
    const summary = readFileSync(join(dir, 'summary.csv'), 'utf8');
    expect(summary).toContain('\r\nbreaches.closed_without_remedial_action,1\r\nbreaches.closed_without_remedial_action.references,B-2026-001\r\n');
    expect(summary).toContain('\r\nbreaches.hours_to_notification,90\r\n');
    expect(summary).toContain('\r\nbreaches.complete_notification_overdue,1\r\nbreaches.complete_notification_overdue.references,B-2026-002\r\n');
    const breaches = readFileSync(join(dir, 'breaches.csv'), 'utf8').trim().split('\r\n');
    expect(breaches[0]?.endsWith(',decision_reason,delay_reasons,remedial_actions,complete_notification_due,complete_notification_days_overdue,severity_outweighed_by_decision')).toBe(true);
    expect(breaches[1]?.startsWith('B-2026-001,')).toBe(true);
    expect(breaches[1]?.endsWith(',"One known, trusted recipient confirmed deletion in writing within hours",,0,,,true')).toBe(true);
    expect(breaches[2]).toMatch(/^B-2026-002,.*,The processor informed us 70 hours after its own discovery,1,2026-04-07,33,false$/);
    const it = join(tmp.dir, 'csv-it');
    await writeAuditReportCsv(app.session.db(), it, { ...options, locale: 'it' });
    const [file] = readdirSync(it).filter((name) => name.includes('violazioni'));
    const italian = readFileSync(join(it, file ?? ''), 'utf8');
    expect(italian).toContain('Motivi del ritardo nella notifica (art. 33, par. 1)');
    expect(italian).toContain('07/04/2026;33');
    const path = join(tmp.dir, 'report.json');
    await writeAuditReportJson(app.session.db(), path, options);
    const json = JSON.parse(readFileSync(path, 'utf8')) as { report: AuditReport; breachColumns: string[]; breaches: unknown[][] };
    expect(json.report.breaches.closedWithoutRemedialAction).toEqual(['B-2026-001']);
    expect(json.report.breaches.completeNotificationsOverdue).toEqual([{ reference: 'B-2026-002', due: '2026-04-07', daysOverdue: 33 }]);
    const column = (name: string) => json.breachColumns.indexOf(name);
    expect(json.breaches[1]?.[column('delay_reasons')]).toBe('The processor informed us 70 hours after its own discovery');
    expect(json.breaches[0]?.[column('severity_outweighed_by_decision')]).toBe(true);
  }, 180_000);
});
