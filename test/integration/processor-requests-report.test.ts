import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliText } from '../../electron/cli/cli-text';
import { detailLines, summaryLine } from '../../electron/cli/commands/request-format';
import { writeAuditReportPdf } from '../../electron/core/reports/report-pdf/write-audit-report-pdf';
import type { RequestDetail, RequestSummary } from '../../electron/shared/requests';
import { NOW, call, openDesk, type DeskApp } from './dashboard-seed';

/**
 * Requests handled as processor (lawyer review 5, E1) and requests open past the legal deadline (E25), read back from
 * the audit report's text and the CLI: a processor request is the client's (the controller's) to answer, so it is judged
 * on forwarding within the agreement's time (Art. 28(3)(e) GDPR), never against Art. 12(3) or the commitment.
 */
const text = (path: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', path, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
const flat = (path: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

const request = (name: string, receivedAt: string, clientId?: string) => ({
  regime: 'gdpr' as const,
  types: ['erasure' as const],
  receivedAt,
  channel: 'email' as const,
  subjectName: name,
  ...(clientId ? { processor: { clientId } } : {}),
});

describe('requests handled as processor in the audit report and the CLI', () => {
  let app: DeskApp;
  let ours: RequestDetail;
  let unforwarded: RequestDetail;
  let forwarded: RequestDetail;

  beforeAll(async () => {
    app = await openDesk();
    const client = await call(app, 'clients.save', { client: { name: 'Blu Mobility SpA', privacyContact: 'privacy@blu.example', country: 'IT', requestDays: 3 } });
    // Received 2 March: the GDPR month ends 2 April, eight days before today (10 April 2026).
    ours = await call(app, 'requests.create', { request: request('Anna Nostra', '2026-03-02T10:00:00+01:00') });
    // The same day, for the client: the law's date has passed too, but it binds the client; ours (forward by 5 March) passed unforwarded.
    unforwarded = await call(app, 'requests.create', { request: request('Bruno Cliente', '2026-03-02T11:00:00+01:00', client.id) });
    forwarded = await call(app, 'requests.create', { request: request('Carla Cliente', '2026-04-01T11:00:00+02:00', client.id) });
    await call(app, 'requests.processorStep', { id: forwarded.id, forwardedOn: '2026-04-03' });
  });
  afterAll(async () => {
    await app.dispose();
    app.tmp.cleanup();
  });

  it.each([
    {
      language: 'en' as const,
      overdue: 'Open past the legal deadline on 10 April 2026 1',
      inTime: 'As processor: forwarded to the client (the controller) within the agreement’s time 1 of 2 (50.0%)',
      late: (ref: string) => `${ref} (Blu Mobility SpA, 36 days late)`,
      explained: 'the controller owes the answer (Article 12(3) GDPR)',
      client: 'As processor for Blu Mobility SpA (controller)',
      forwardBy: 'Forward by 2026-03-05 (agreement)',
      notForwarded: 'Not forwarded yet',
      forwardedOn: 'Forwarded 2026-04-03',
      kept: 'Agreement kept: Yes',
      note: 'For a request handled as processor, “—” under the legal deadline and the commitment: the controller owes the answer (Article 12(3) GDPR)',
      openOverdue: (ref: string) => `Open past the legal deadline on 10 April 2026: ${ref} (due 2026-04-02, 8 days overdue).`,
    },
    {
      language: 'it' as const,
      overdue: 'Aperte oltre il termine di legge al 10 aprile 2026 1',
      inTime: 'Come responsabile: inoltrate al cliente (titolare) entro il termine del contratto 1 su 2 (50,0%)',
      late: (ref: string) => `${ref} (Blu Mobility SpA, 36 giorni di ritardo)`,
      explained: 'il riscontro spetta al titolare (art. 12, par. 3, GDPR)',
      client: 'Come responsabile per Blu Mobility SpA (titolare)',
      forwardBy: 'Da inoltrare entro il 2026-03-05 (contratto)',
      notForwarded: 'Non ancora inoltrata',
      forwardedOn: 'Inoltrata il 2026-04-03',
      kept: 'Contratto rispettato: Sì',
      note: 'Per una richiesta trattata come responsabile, «—» sotto il termine di legge e l’impegno: il riscontro spetta al titolare (art. 12, par. 3, GDPR)',
      openOverdue: (ref: string) => `Aperte oltre il termine di legge al 10 aprile 2026: ${ref} (termine 2026-04-02, 8 giorni di ritardo).`,
    },
  ])('judges them on forwarding, names the open overdue ones in section 7 ($language)', async (want) => {
    const path = join(app.tmp.dir, `audit-${want.language}.pdf`);
    const report = await writeAuditReportPdf(app.session.db(), path, { range: { from: '2026-01-01', to: '2026-12-31' }, now: new Date(NOW), language: want.language });
    expect(report.requests.overdue).toBe(1);
    expect(report.requests.openOverdue.map((o) => o.reference)).toEqual([ours.reference]);
    const layout = text(path);
    const raw = flat(path);
    expect(layout).toContain(want.overdue);
    expect(layout).toContain(want.inTime);
    expect(raw).toContain(want.late(unforwarded.reference));
    expect(raw).toContain(want.explained);
    // The register: the client named, the agreement's date in place of the law's, the forwarding in place of the commitment.
    for (const cell of [want.client, want.forwardBy, want.notForwarded, want.forwardedOn]) expect(raw).toContain(cell);
    const row = raw.slice(raw.lastIndexOf(`${unforwarded.reference} GDPR`), raw.lastIndexOf(`${forwarded.reference} GDPR`));
    expect(row).toContain(want.forwardBy);
    expect(row).not.toContain('2026-04-02');
    // Review 6, F4: left out of the legal deadline, so "—" under it, never "Yes"; the agreement kept is its own fact, and the note says so.
    expect(row).toContain(`— ${want.forwardBy} ${want.notForwarded}`);
    expect(row).not.toMatch(want.language === 'en' ? / (Yes|No) / : / (Sì|No) /);
    const forwardedRow = raw.slice(raw.lastIndexOf(`${forwarded.reference} GDPR`), raw.indexOf(want.language === 'en' ? '7. Requests answered late' : '7. Richieste evase in ritardo'));
    expect(forwardedRow).toContain(`— ${want.forwardBy.replace('2026-03-05', '2026-04-04')} ${want.forwardedOn} ${want.kept} — —`);
    expect(forwardedRow.replace(want.kept, '')).not.toMatch(want.language === 'en' ? / (Yes|No) / : / (Sì|No) /);
    expect(raw).toContain(want.note);
    // Section 7 names the open request past the law's date, and not the processor one.
    expect(raw).toContain(want.openOverdue(ours.reference));
    expect(raw.slice(raw.indexOf(want.openOverdue(ours.reference)))).not.toContain(`${unforwarded.reference} (`);
    // Review 5, E10: a short register follows the one before it on its page, not alone on a fresh one.
    const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', path, '-'], { encoding: 'utf8' }).split('\f');
    const registerPage = pages.findIndex((page) => page.includes(forwarded.reference));
    expect(pages[registerPage]).toMatch(want.language === 'en' ? /7\. Requests answered late/ : /7\. Richieste evase in ritardo/);
  });

  it('shows the controller, the agreement’s date and the forwarding in `request show`, and the date to forward by in `request list`', async () => {
    const detail = await call(app, 'requests.get', { id: unforwarded.id });
    const en = detailLines(detail, cliText('en'));
    expect(en).toContain('Controller:   Blu Mobility SpA (we handle this request as its processor)');
    expect(en).toContain('Forward by:   Thu 5 Mar 2026 (the agreement’s time, Article 28(3)(e) GDPR)');
    expect(en).toContain('Forwarded:    not yet');
    expect(en.join('\n')).not.toMatch(/Legal due|Own due|Art\. 12\(3\)\]/);
    const it = detailLines(detail, cliText('it')).join('\n');
    expect(it).toContain('Titolare:             Blu Mobility SpA (trattiamo questa richiesta come suo responsabile)');
    expect(it).toContain('a noi spetta inoltrargli la richiesta entro il termine del contratto');
    const page = await call(app, 'requests.list', {});
    const line = (id: string) => {
      const row: RequestSummary | undefined = page.rows.find((r) => r.id === id);
      if (!row) throw new Error(`no row for ${id}`);
      return summaryLine(row, cliText('en'), page.today);
    };
    expect(line(unforwarded.id)).toMatch(new RegExp(`^!! ${unforwarded.reference} .* 2026-03-05 +36 d overdue .*\\[date to forward by, as processor for Blu Mobility SpA\\]$`));
    expect(line(forwarded.id)).toMatch(new RegExp(`^ {3}${forwarded.reference} .* 2026-04-04 {2}`));
    expect(line(ours.id)).toMatch(new RegExp(`^!! ${ours.reference} .* 2026-04-01 +9 d overdue`));
  });

  it('counts a processor request overdue only by its forwarding: Today, the inbox counts and the overdue filter agree', async () => {
    // Forwarded the day after it arrived: the law's month ran out on 3 April, but that month is the client's.
    const client = (await call(app, 'clients.list', {})).find((c) => c.name === 'Blu Mobility SpA');
    if (!client) throw new Error('no client');
    const forwardedEarly = await call(app, 'requests.create', { request: request('Dario Cliente', '2026-03-03T11:00:00+01:00', client.id) });
    await call(app, 'requests.processorStep', { id: forwardedEarly.id, forwardedOn: '2026-03-04' });
    const counts = await call(app, 'requests.counts', {});
    expect(counts.overdue).toBe(2);
    expect(counts.slaBreached).toBe(0);
    const overdue = (await call(app, 'dashboard.get', {})).requests.overdue;
    expect(overdue.total).toBe(2);
    // Each overdue row carries the date it is overdue against: the law's for ours, the agreement's forwarding date for the client's.
    expect(overdue.rows.map((r) => [r.reference, r.date])).toEqual([
      [unforwarded.reference, '2026-03-05'],
      [ours.reference, '2026-04-02'],
    ]);
    const filtered = await call(app, 'requests.list', { overdue: true });
    expect(filtered.rows.map((r) => r.reference).sort()).toEqual([ours.reference, unforwarded.reference].sort());
    await call(app, 'requests.processorStep', { id: unforwarded.id, forwardedOn: '2026-04-10' });
    expect((await call(app, 'requests.counts', {})).overdue).toBe(1);
  });
});
