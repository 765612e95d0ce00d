import { beforeAll, describe, expect, it } from 'vitest';
import { breachDetailLines } from '../../electron/cli/commands/breach-format';
import { kindText } from '../../electron/cli/commands/deadlines-format';
import { cliText } from '../../electron/cli/cli-text';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import { icsCategory, icsSummary } from '../../electron/core/calendar/ics-titles';
import { renderText } from '../../electron/core/i18n';
import type { BreachDetail } from '../../electron/shared/breaches';
import type { CalendarPage } from '../../electron/shared/calendar';
import type { DocumentSummary, LetterPreview } from '../../electron/shared/document-contract';
import type { Message } from '../../electron/shared/pure/i18n/message';
import { letterVault, NOVENTIA, NOVENTIA_NIS2 } from '../support/letter-vault';

/**
 * The NIS2 progress report on the register (Directive (EU) 2022/2555 Art. 23(4)(e); D.Lgs.
 * 138/2024 art. 25, comma 5, lett. e)): while the incident goes on at the month, the report
 * owed then is the progress report (the calendar names it so); sending the finalised report
 * records it on the breach, audited, and the final report then waits on the incident's end
 * instead of going overdue a month after the notification.
 */
const AWARE_AT = '2026-03-27T10:00:00+01:00';
const NOTIFIED = '2026-03-29T09:00:00+02:00';

describe('the NIS2 progress report, recorded on the breach when sent, and the clocks it moves', () => {
  let clock = Date.parse(AWARE_AT) + 2 * 3_600_000;
  const { app, call } = letterVault(() => new Date(clock), { ...NOVENTIA, ...NOVENTIA_NIS2 });
  let breach: BreachDetail;

  const get = () => call<BreachDetail>('breaches.get', { id: breach.id });
  const nis2Clocks = (d: BreachDetail) => d.clocks.filter((c) => c.kind === 'nis2-progress' || c.kind === 'nis2-final').map((c) => [c.kind, c.dueAt, c.status]);
  const calendar = () => call<CalendarPage>('deadlines.calendar', { from: null, to: '2026-12-31', kinds: ['breach-nis2', 'breach-nis2-progress'] });

  beforeAll(async () => {
    breach = await call<BreachDetail>('breaches.create', {
      breach: {
        title: 'Exports bucket left public',
        awareAt: AWARE_AT,
        description: 'A storage bucket with CSV exports of account data was readable without authentication.',
        cause: 'human-error',
        occurredFrom: '2026-03-18T09:00:00+01:00',
        systems: ['Object storage (exports)'],
        subjectCategories: ['customers'],
        facts: { confidentiality: 'unknown-recipients', integrity: 'none', availability: 'none', maliciousIntent: false, dataCategories: ['identity', 'contact'], subjects: 9000 },
        roles: { controllerSide: true, clientIds: [], processorReportedAt: null, nis2Significant: true },
      },
    });
  });

  it('refuses a progress report on the register before the incident notification, saying why in English and Italian', async () => {
    const refused = await app.dispatch('breaches.nis2Report', { breachId: breach.id, stage: 'progress', sentAt: '2026-03-27T11:00:00+01:00' });
    expect(refused.ok ? null : refused.error.code).toBe('VALIDATION');
    expect(refused.ok ? '' : refused.error.message).toBe('The progress report is due a month after the incident notification: record the notification first');
    expect(refused.ok ? '' : renderText('it', refused.error.detail as Message)).toBe('La relazione sui progressi è dovuta un mese dopo la notifica dell’incidente: registri prima la notifica');
    expect((await get()).roles.nis2.progressReportAt).toBeNull();
  });

  it('at the month, with no end recorded, names the progress report as overdue (clock, calendar, CLI kind, .ics) and lets the final report wait', async () => {
    clock = Date.parse('2026-03-30T10:00:00+02:00');
    await call('breaches.nis2Report', { breachId: breach.id, stage: 'early-warning', sentAt: '2026-03-27T20:00:00+01:00', reference: 'CSIRT-IT 4471' });
    await call('breaches.nis2Report', { breachId: breach.id, stage: 'notification', sentAt: NOTIFIED });
    expect(nis2Clocks(await get())).toEqual([['nis2-final', '2026-04-29T09:00:00+02:00', 'running']]);
    expect((await calendar()).items.map((i) => [i.kind, i.date, i.overdue])).toEqual([['breach-nis2', '2026-04-29', false]]);

    clock = Date.parse('2026-05-02T10:00:00+02:00');
    expect(nis2Clocks(await get())).toEqual([
      ['nis2-progress', '2026-04-29T09:00:00+02:00', 'overdue'],
      ['nis2-final', null, 'waiting'],
    ]);
    const [item, ...others] = (await calendar()).items;
    expect(others).toEqual([]);
    expect(item).toMatchObject({ kind: 'breach-nis2-progress', date: '2026-04-29', overdue: true, title: 'Exports bucket left public' });
    if (!item) return;
    expect(kindText(item, cliText('en'))).toBe('breach-nis2-progress');
    expect(kindText(item, cliText('it'))).toBe('relazione progressi NIS2');
    expect(icsSummary(item, 'it', true)).toBe('Violazione B-2026-001: relazione sui progressi NIS2 al CSIRT (gestione dell’incidente non conclusa)');
    expect(icsCategory(item, 'en')).toBe('NIS2 progress report');
  });

  it('records the progress report on the breach when the finalised report is recorded as sent, audited, once; no NIS2 report is overdue after it', async () => {
    const finalised = await call<DocumentSummary>('documents.finalise', {
      caseType: 'breach',
      caseId: breach.id,
      kind: 'nis2-report',
      language: 'en',
      inputs: { 'csirt.phase': 'progress', 'csirt.whatHappened': 'A storage bucket holding CSV exports was readable without authentication.', 'csirt.crossBorder': 'No: only Italian customers and services', 'csirt.updates': ['Access logs reviewed up to 1 May'], 'csirt.mitigation': ['Bucket made private'] },
    });
    await call('documents.sent', { documentId: finalised.id, sentOn: '2026-05-02', channel: 'pec', recipient: 'CSIRT Italia' });
    const after = await get();
    expect(after.roles.nis2).toMatchObject({ progressReportAt: '2026-05-02T08:00:00.000Z', finalReportAt: null, references: { 'early-warning': 'CSIRT-IT 4471', notification: null, progress: null, final: null } });
    // Monthly while the incident goes on (art. 25, comma 5, lett. e): the next one runs a month from this one (review 5, E24).
    expect(nis2Clocks(after)).toEqual([
      ['nis2-progress', '2026-06-02T10:00:00+02:00', 'running'],
      ['nis2-final', null, 'waiting'],
    ]);
    expect(renderText('en', after.clocks.find((c) => c.kind === 'nis2-final')?.explanation as Message)).toContain('no end is recorded yet');
    expect(renderText('it', after.clocks.find((c) => c.kind === 'nis2-final')?.explanation as Message)).toContain('nessuna conclusione è ancora registrata');
    const events = await app.session.db().selectFrom('audit_events').select(['entity_id', 'data']).where('action', '=', 'breach.nis2-reported').orderBy('seq').execute();
    expect(events.map((e) => [e.entity_id, (JSON.parse(e.data) as { stage?: string; sentAt?: string }).stage])).toEqual([
      [breach.id, 'early-warning'],
      [breach.id, 'notification'],
      [breach.id, 'progress'],
    ]);
    expect(JSON.parse(events[2]?.data ?? '{}')).toMatchObject({ sentAt: '2026-05-02T08:00:00.000Z' });
    expect((await calendar()).items.map((i) => [i.kind, i.date, i.overdue])).toEqual([['breach-nis2-progress', '2026-06-02', false]]);
    // A second sending of the same report is the document's own: the register keeps the first.
    clock += 3_600_000;
    await call('documents.sent', { documentId: finalised.id, sentOn: '2026-05-02', channel: 'email', recipient: 'CSIRT Italia' });
    expect((await get()).roles.nis2.progressReportAt).toBe('2026-05-02T08:00:00.000Z');
    // `breach show` lists it with the other reports sent, in order, in both languages.
    const sent = (language: 'en' | 'it') => {
      const x = cliText(language);
      const lines = breachDetailLines(after, x);
      return lines.slice(lines.indexOf(x.t('msg.cli.breach.notifications')) + 1, lines.indexOf(x.t('msg.cli.breach.actions')));
    };
    // Each report with its own CSIRT reference: the early warning's stays on the early warning (review 6, F16).
    expect(sent('en')).toEqual([
      '  27 Mar 2026, 20:00  NIS2 early warning, ref CSIRT-IT 4471',
      '  29 Mar 2026, 09:00  NIS2 incident notification',
      '  2 May 2026, 10:00  NIS2 progress report',
    ]);
    expect(sent('it')[0]).toBe('  27 mar 2026, 20:00  pre-notifica NIS2, rif. CSIRT-IT 4471');
  });

  it('once the end is recorded, runs the final report to one month after it, on the calendar too', async () => {
    clock = Date.parse('2026-05-12T10:00:00+02:00');
    await call('breaches.update', { id: breach.id, changes: { occurredTo: '2026-05-10T18:00:00+02:00' } });
    expect(nis2Clocks(await get())).toEqual([
      ['nis2-progress', '2026-04-29T09:00:00+02:00', 'done-late'],
      ['nis2-final', '2026-06-10T18:00:00+02:00', 'running'],
    ]);
    expect((await calendar()).items.map((i) => [i.kind, i.date, i.overdue])).toEqual([['breach-nis2', '2026-06-10', false]]);
    // The final report lists the progress report among the reports already sent, after the notification.
    const final = await call<LetterPreview>('documents.preview', { caseType: 'breach', caseId: breach.id, kind: 'nis2-report', language: 'en', inputs: { 'csirt.phase': 'final' } });
    const printed = final.body.blocks.flatMap((b) => (b.type === 'list' ? b.items : b.type === 'table' ? b.rows.map((r) => r.value) : [b.text])).join('\n');
    expect(printed).toMatch(/Incident notification sent on 29 March 2026[^\n]*\n[^\n]*Progress report sent on 2 May 2026 at 10:00 CEST/);
    expect((await verifyAuditChain(app.session.db())).ok).toBe(true);
  });
});

describe('progress reports are monthly while the incident goes on (D.Lgs. 138/2024 art. 25, comma 5, lett. e): "relazione mensile"; review 5, E24)', () => {
  let clock = Date.parse(AWARE_AT) + 2 * 3_600_000;
  const { call } = letterVault(() => new Date(clock), { ...NOVENTIA, ...NOVENTIA_NIS2 });
  const inputs = { 'csirt.phase': 'progress', 'csirt.whatHappened': 'A storage bucket was readable without authentication.', 'csirt.crossBorder': 'No: only Italian customers and services', 'csirt.updates': ['Access logs reviewed'], 'csirt.mitigation': ['Bucket made private'] };

  it('asks for the next one a month after the latest, on the clock and the calendar, until the end is recorded', async () => {
    const breach = await call<BreachDetail>('breaches.create', {
      breach: {
        title: 'Exports bucket left public',
        awareAt: AWARE_AT,
        description: 'A storage bucket with CSV exports of account data was readable without authentication.',
        cause: 'human-error',
        occurredFrom: '2026-03-18T09:00:00+01:00',
        systems: ['Object storage (exports)'],
        subjectCategories: ['customers'],
        facts: { confidentiality: 'unknown-recipients', integrity: 'none', availability: 'none', maliciousIntent: false, dataCategories: ['identity', 'contact'], subjects: 9000 },
        roles: { controllerSide: true, clientIds: [], processorReportedAt: null, nis2Significant: true },
      },
    });
    const progress = async () => (await call<BreachDetail>('breaches.get', { id: breach.id })).clocks.filter((c) => c.kind === 'nis2-progress').map((c) => [c.dueAt, c.doneAt, c.status]);
    const calendar = async () => (await call<CalendarPage>('deadlines.calendar', { from: null, to: '2026-12-31', kinds: ['breach-nis2-progress'] })).items.map((i) => [i.date, i.overdue]);
    const send = async (sentOn: string) => {
      const finalised = await call<DocumentSummary>('documents.finalise', { caseType: 'breach', caseId: breach.id, kind: 'nis2-report', language: 'en', inputs, date: sentOn });
      await call('documents.sent', { documentId: finalised.id, sentOn, channel: 'pec', recipient: 'CSIRT Italia' });
      return finalised;
    };
    clock = Date.parse('2026-03-30T10:00:00+02:00');
    await call('breaches.nis2Report', { breachId: breach.id, stage: 'notification', sentAt: NOTIFIED });

    // The first at the month (29 April); the second owed a month after it.
    clock = Date.parse('2026-04-29T08:00:00+02:00');
    await send('2026-04-29');
    expect(await progress()).toEqual([['2026-05-29T08:00:00+02:00', null, 'running']]);
    expect(await calendar()).toEqual([['2026-05-29', false]]);

    // Not sent by then: overdue, on the calendar too.
    clock = Date.parse('2026-06-01T10:00:00+02:00');
    expect(await progress()).toEqual([['2026-05-29T08:00:00+02:00', null, 'overdue']]);
    expect(await calendar()).toEqual([['2026-05-29', true]]);

    // The second, a new report, moves the register on; sent again, it does not.
    const second = await send('2026-06-01');
    expect((await call<BreachDetail>('breaches.get', { id: breach.id })).roles.nis2.progressReportAt).toBe('2026-06-01T08:00:00.000Z');
    expect(await progress()).toEqual([['2026-07-01T10:00:00+02:00', null, 'running']]);
    clock += 3_600_000;
    await call('documents.sent', { documentId: second.id, sentOn: '2026-06-01', channel: 'email', recipient: 'CSIRT Italia' });
    expect((await call<BreachDetail>('breaches.get', { id: breach.id })).roles.nis2.progressReportAt).toBe('2026-06-01T08:00:00.000Z');

    // The end recorded before the next month: no further progress report, the final report runs from the end.
    clock = Date.parse('2026-06-12T10:00:00+02:00');
    await call('breaches.update', { id: breach.id, changes: { occurredTo: '2026-06-10T18:00:00+02:00' } });
    expect((await progress()).map(([, done, status]) => [done, status])).toEqual([['2026-06-01T08:00:00.000Z', 'done-late']]);
    expect(await calendar()).toEqual([]);
  });
});
