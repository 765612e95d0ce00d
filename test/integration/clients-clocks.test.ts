import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breachDetailLines } from '../../electron/cli/commands/breach-format';
import { cliText } from '../../electron/cli/cli-text';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import { summaryCounts } from '../../electron/core/dashboard/summary-counts';
import { renderText } from '../../electron/core/i18n';
import type { CaseClock } from '../../electron/shared/case-clocks';
import type { Client } from '../../electron/shared/clients';
import { call, openDesk, type DeskApp } from './dashboard-seed';

const client = (name: string, terms: Partial<Parameters<typeof call<'clients.save'>>[2]['client']>) => ({
  name,
  privacyContact: `privacy@${name.toLowerCase().replace(/[^a-z]/g, '')}.example`,
  country: 'IT',
  ...terms,
});

const request = (name: string, receivedAt: string, clientId?: string) => ({
  regime: 'gdpr' as const,
  types: ['erasure' as const],
  receivedAt,
  channel: 'email' as const,
  subjectName: name,
  ...(clientId ? { processor: { clientId } } : {}),
});

const clockOf = (clocks: CaseClock[], kind: CaseClock['kind'], party?: string) => {
  const found = clocks.find((c) => c.kind === kind && (party === undefined || c.party === party));
  if (!found) throw new Error(`no ${kind} clock for ${party ?? 'anyone'}`);
  return found;
};

describe('controller and processor: clients, processor-side requests, and every clock of a breach', () => {
  let app: DeskApp;
  let retailer: Client;
  let clinic: Client;
  let school: Client;

  beforeAll(async () => {
    app = await openDesk();
    retailer = await call(app, 'clients.save', { client: client('Bottega Rossi Srl', { breachNoticeHours: 24, requestDays: 3, requestDaysBasis: 'working', agreementSignedOn: '2025-01-15', subProcessorApproval: 'general' }) });
    clinic = await call(app, 'clients.save', { client: client('Studio Medico Verdi', { breachNoticeHours: 48, requestDays: 5 }) });
    school = await call(app, 'clients.save', { client: client('Scuola Lingue Bianchi', {}) });
  });
  afterAll(async () => {
    await app.dispose();
    app.tmp.cleanup();
  });

  it('keeps a register of clients with their contract terms, audited, names unique', async () => {
    const list = await call(app, 'clients.list', {});
    expect(list.map((c) => c.name)).toEqual(['Bottega Rossi Srl', 'Scuola Lingue Bianchi', 'Studio Medico Verdi']);
    expect(retailer).toMatchObject({ breachNoticeHours: 24, requestDays: 3, requestDaysBasis: 'working', country: 'IT', subProcessorApproval: 'general', agreementSignedOn: '2025-01-15' });
    expect(school).toMatchObject({ breachNoticeHours: null, requestDays: null, requestDaysBasis: 'calendar' });
    const clash = await app.dispatch('clients.save', { client: client('bottega rossi srl', {}) });
    expect(clash.ok ? null : clash.error.code).toBe('CONFLICT');
    const badCountry = await app.dispatch('clients.save', { client: client('Nowhere Ltd', { country: 'XX' }) });
    expect(badCountry.ok).toBe(false);
    const events = await app.session.db().selectFrom('audit_events').select(['action', 'entity_id']).where('action', '=', 'client.added').execute();
    expect(events.map((e) => e.entity_id).sort()).toEqual([retailer.id, clinic.id, school.id].sort());
    expect(await call(app, 'clients.get', { id: 'Studio Medico Verdi' })).toMatchObject({ id: clinic.id });
  });

  it('links a client to processing activities carried out as processor, and refuses a controller activity', async () => {
    const processorActivity = await call(app, 'registers.saveActivity', {
      activity: { role: 'processor', name: 'Hosting of client CRM data', controllers: [{ name: 'Bottega Rossi Srl', contact: '' }] },
    });
    const controllerActivity = await call(app, 'registers.saveActivity', { activity: { role: 'controller', name: 'Billing of our clients' } });
    const saved = await call(app, 'clients.save', { id: retailer.id, client: { ...client('Bottega Rossi Srl', { breachNoticeHours: 24, requestDays: 3, requestDaysBasis: 'working' }), activityIds: [processorActivity.id] } });
    expect(saved.activityIds).toEqual([processorActivity.id]);
    const refused = await app.dispatch('clients.save', { id: retailer.id, client: { ...client('Bottega Rossi Srl', {}), activityIds: [controllerActivity.id] } });
    expect(refused.ok ? null : refused.error.code).toBe('VALIDATION');
    expect((await call(app, 'clients.get', { id: retailer.id })).activityIds).toEqual([processorActivity.id]);
  });

  it('gives a processor-side request the contract’s clock, in working days that skip Italian holidays, beside the controller’s deadline as context', async () => {
    // Thu 2 Apr 2026; Easter Monday is 6 Apr: 3 working days are Fri 3, Tue 7, Wed 8 Apr.
    const { id } = await call(app, 'requests.create', { request: request('Paola Neri', '2026-04-02T09:00:00+02:00', retailer.id) });
    const detail = await call(app, 'requests.get', { id });
    expect(detail.processorSide).toMatchObject({ clientId: retailer.id, forwardBy: '2026-04-08', requestDays: 3, requestDaysBasis: 'working' });
    const clocks = detail.processorSide?.clocks ?? [];
    expect(clockOf(clocks, 'processor-forward')).toMatchObject({ dueAt: '2026-04-08', status: 'overdue', ours: true });
    expect(clockOf(clocks, 'client-assist')).toMatchObject({ dueAt: null, status: 'waiting' });
    // One month from 2 Apr is Sat 2 May; the controller's deadline rolls to Mon 4 May — shown, not ours.
    expect(clockOf(clocks, 'controller-legal')).toMatchObject({ dueAt: '2026-05-04', status: 'context', ours: false });
    expect(renderText('it', clockOf(clocks, 'processor-forward').explanation)).toContain('3 giorni lavorativi');

    const side = await call(app, 'requests.processorStep', { id, forwardedOn: '2026-04-07', assistBy: '2026-04-20' });
    expect(clockOf(side.clocks, 'processor-forward')).toMatchObject({ status: 'done', doneAt: '2026-04-07' });
    expect(clockOf(side.clocks, 'client-assist')).toMatchObject({ dueAt: '2026-04-20', status: 'running' });
    const future = await app.dispatch('requests.processorStep', { id, forwardedOn: '2026-04-11' });
    expect(future.ok).toBe(false);
  });

  it('counts calendar days as the contract writes them, and says "without undue delay" where it fixes none', async () => {
    const clinicRequest = await call(app, 'requests.create', { request: request('Luca Blu', '2026-04-08T11:00:00+02:00', clinic.id) });
    const schoolRequest = await call(app, 'requests.create', { request: request('Sara Gialli', '2026-04-09T11:00:00+02:00', school.id) });
    const clinicClocks = (await call(app, 'requests.get', { id: clinicRequest.id })).processorSide?.clocks ?? [];
    expect(clockOf(clinicClocks, 'processor-forward')).toMatchObject({ dueAt: '2026-04-13', status: 'running' });
    const schoolClocks = (await call(app, 'requests.get', { id: schoolRequest.id })).processorSide?.clocks ?? [];
    expect(clockOf(schoolClocks, 'processor-forward')).toMatchObject({ dueAt: null, status: 'undue-delay' });
    expect(clockOf(schoolClocks, 'processor-forward').source.key).toBe('msg.citation.gdpr-art-28-3-e');
  });

  it('filters the inbox by role and by client', async () => {
    await call(app, 'requests.create', { request: request('Marco Viola', '2026-04-09T12:00:00+02:00') });
    const processor = await call(app, 'requests.list', { capacity: 'processor' });
    expect(processor.rows.map((r) => r.subjectName).sort()).toEqual(['Luca Blu', 'Paola Neri', 'Sara Gialli']);
    expect(processor.rows.find((r) => r.subjectName === 'Paola Neri')?.processorFor).toMatchObject({ clientName: 'Bottega Rossi Srl', forwardBy: '2026-04-08' });
    const controller = await call(app, 'requests.list', { capacity: 'controller' });
    expect(controller.rows.map((r) => r.subjectName)).toEqual(['Marco Viola']);
    expect(controller.rows[0]?.processorFor).toBeNull();
    const forClinic = await call(app, 'requests.list', { clientId: clinic.id });
    expect(forClinic.rows.map((r) => r.subjectName)).toEqual(['Luca Blu']);
    expect((await call(app, 'clients.get', { id: clinic.id })).openRequests).toBe(1);
  });

  it('counts the two roles apart in the audit report (summary and CSV)', async () => {
    const report = await call(app, 'reports.audit', { from: '2026-04-01', to: '2026-04-10', format: 'csv' });
    if ('cancelled' in report) throw new Error('The report was cancelled');
    const { summary, written } = report;
    expect(summary.requests.byRole).toEqual({
      controller: { received: 1, closed: 0, open: 1, overdue: 0 },
      processor: { received: 3, closed: 0, open: 3, overdue: 0 },
    });
    const csv = written.map((f) => ('savedTo' in f ? readFileSync(f.savedTo, 'utf8') : '')).join('\n');
    expect(csv).toContain('requests.by_role.processor.received,3');
  });

  it('refuses a request for a client not in the register, writing nothing', async () => {
    const before = await call(app, 'requests.list', {});
    const refused = await app.dispatch('requests.create', { request: request('Nadia Nulla', '2026-04-09T12:00:00+02:00', 'no-such-client') });
    expect(refused.ok ? null : refused.error.code).toBe('VALIDATION');
    expect((await call(app, 'requests.list', {})).total).toBe(before.total);
  });

  it('shows every clock of a breach that is controller-side, processor-side for three clients and a NIS2 significant incident', async () => {
    await call(app, 'settings.update', { changes: { 'nis2.scope': 'important', 'nis2.authority': 'CSIRT Italia (ACN)' } });
    // Aware Fri 27 Mar 2026, 10:00 in Rome (+01:00); summer time starts on Sun 29 Mar.
    const breach = await call(app, 'breaches.create', {
      breach: {
        title: 'Object storage bucket left public',
        awareAt: '2026-03-27T10:00:00+01:00',
        roles: { controllerSide: true, clientIds: [retailer.id, clinic.id, school.id], processorReportedAt: '2026-03-27T08:30:00+01:00', nis2Significant: true },
      },
    });
    await call(app, 'breaches.clientNotice', { breachId: breach.id, clientId: retailer.id, sentAt: '2026-03-27T18:00:00+01:00', channel: 'certified-email', reference: 'PEC 2026/114' });
    await call(app, 'breaches.nis2Report', { breachId: breach.id, stage: 'early-warning', sentAt: '2026-03-28T09:00:00+01:00' });
    await call(app, 'breaches.nis2Report', { breachId: breach.id, stage: 'notification', sentAt: '2026-03-28T18:00:00+01:00', reference: 'CSIRT-IT 4471' });
    const detail = await call(app, 'breaches.get', { id: breach.id });
    expect(detail.roles).toMatchObject({ controllerSide: true, processorReportedAt: '2026-03-27T08:30:00+01:00', nis2Significant: true, nis2: { references: { 'early-warning': null, notification: 'CSIRT-IT 4471', progress: null, final: null } } });
    const summary = detail.clocks.map((c) => [c.kind, c.party, c.dueAt, c.status]);
    expect(summary).toEqual([
      ['gdpr-authority', 'authority', '2026-03-30T10:00:00+01:00', 'overdue'],
      ['gdpr-client', 'Bottega Rossi Srl', '2026-03-28T10:00:00+01:00', 'done'],
      ['gdpr-client', 'Scuola Lingue Bianchi', null, 'undue-delay'],
      ['gdpr-client', 'Studio Medico Verdi', '2026-03-29T10:00:00+01:00', 'overdue'],
      ['nis2-early-warning', 'csirt', '2026-03-28T10:00:00+01:00', 'done'],
      ['nis2-notification', 'csirt', '2026-03-30T10:00:00+01:00', 'done'],
      // One month after the notification on Rome's wall clock: 18:00 on 28 Apr, now in summer time.
      ['nis2-final', 'csirt', '2026-04-28T18:00:00+02:00', 'running'],
    ]);
    expect(detail.clocks.map((c) => c.source.key)).toEqual([
      'msg.citation.gdpr-art-33-1',
      'msg.citation.gdpr-art-33-2-contract',
      'msg.citation.gdpr-art-33-2',
      'msg.citation.gdpr-art-33-2-contract',
      'msg.citation.nis2-art-23-4-a',
      'msg.citation.nis2-art-23-4-b',
      'msg.citation.nis2-art-23-4-d',
    ]);
    expect(renderText('it', clockOf(detail.clocks, 'nis2-final').source)).toBe('Direttiva (UE) 2022/2555, art. 23, par. 4, lett. d); D.Lgs. 138/2024, art. 25');
    // `breach show` lists what was sent under the roles beside the notifications (review 3, B40).
    const sent = (language: 'en' | 'it') => {
      const lines = breachDetailLines(detail, cliText(language));
      const from = lines.indexOf(cliText(language).t('msg.cli.breach.notifications'));
      return lines.slice(from + 1, lines.indexOf(cliText(language).t('msg.cli.breach.actions')));
    };
    // In the organisation's zone and the reader's format; the channel in words.
    expect(sent('it')).toEqual([
      '  27 mar 2026, 18:00  comunicazione al cliente Bottega Rossi Srl (PEC), rif. PEC 2026/114',
      '  28 mar 2026, 09:00  pre-notifica NIS2',
      "  28 mar 2026, 18:00  notifica dell'incidente NIS2, rif. CSIRT-IT 4471",
    ]);
    expect(sent('en')[0]).toBe('  27 Mar 2026, 18:00  notice to the client Bottega Rossi Srl (Certified e-mail (PEC)), ref PEC 2026/114');
    expect((await verifyAuditChain(app.session.db())).ok).toBe(true);
  });

  it('keeps each client’s hours as they were when the breach was recorded, and runs the final report only after the notification', async () => {
    const breach = await call(app, 'breaches.create', {
      breach: { title: 'Support mailbox phished', awareAt: '2026-04-09T10:00:00+02:00', roles: { controllerSide: false, clientIds: [clinic.id], nis2Significant: true } },
    });
    await call(app, 'clients.save', { id: clinic.id, client: client('Studio Medico Verdi', { breachNoticeHours: 12, requestDays: 5 }) });
    const detail = await call(app, 'breaches.get', { id: breach.id });
    expect(detail.clocks.map((c) => c.kind)).toEqual(['gdpr-client', 'nis2-early-warning', 'nis2-notification', 'nis2-final']);
    expect(clockOf(detail.clocks, 'gdpr-client')).toMatchObject({ dueAt: '2026-04-11T10:00:00+02:00', status: 'running' });
    expect(clockOf(detail.clocks, 'nis2-final')).toMatchObject({ dueAt: null, status: 'waiting' });
    const early = await app.dispatch('breaches.nis2Report', { breachId: breach.id, stage: 'final', sentAt: '2026-04-09T12:00:00+02:00' });
    expect(early.ok ? null : early.error.code).toBe('VALIDATION');
    const notOnBreach = await app.dispatch('breaches.clientNotice', { breachId: breach.id, clientId: retailer.id, sentAt: '2026-04-09T12:00:00+02:00', channel: 'email' });
    expect(notOnBreach.ok ? null : notOnBreach.error.code).toBe('VALIDATION');
    const nobody = await app.dispatch('breaches.setRoles', { breachId: breach.id, controllerSide: false, clientIds: [], nis2Significant: false });
    expect(nobody.ok).toBe(false);
  });

  it('puts the clients’ notices, the NIS2 reports and the forwarding dates in Deadlines, with reminders', async () => {
    const page = await call(app, 'deadlines.calendar', { from: null, to: '2026-04-30', kinds: ['breach-client', 'breach-nis2', 'processor-forward'] });
    expect(page.items.map((i) => [i.kind, i.title, i.date, i.overdue])).toEqual([
      ['breach-client', 'Object storage bucket left public · Studio Medico Verdi', '2026-03-29', true],
      ['breach-nis2', 'Support mailbox phished', '2026-04-10', false],
      ['breach-client', 'Support mailbox phished · Studio Medico Verdi', '2026-04-11', false],
      ['breach-nis2', 'Support mailbox phished', '2026-04-12', false],
      ['processor-forward', 'Luca Blu · Studio Medico Verdi', '2026-04-13', false],
      ['breach-nis2', 'Object storage bucket left public', '2026-04-28', false],
    ]);
    await call(app, 'reminders.run', {});
    const notifications = await call(app, 'notifications.list', {});
    expect(notifications.rows.map((n) => n.kind)).toEqual(expect.arrayContaining(['breach-client', 'breach-nis2']));
  });

  it('shows on Today, beside each breach’s 72 hours, the clocks it still owes clients and the CSIRT', async () => {
    const today = await call(app, 'dashboard.get', {});
    const bucket = today.breaches.rows.find((r) => r.title === 'Object storage bucket left public');
    expect(bucket?.otherClocks.map((c) => [c.kind, c.party, c.status])).toEqual([
      ['gdpr-client', 'Scuola Lingue Bianchi', 'undue-delay'],
      ['gdpr-client', 'Studio Medico Verdi', 'overdue'],
      ['nis2-final', 'csirt', 'running'],
    ]);
  });

  it('shows on Today no authority 72 hours on a breach that touches only clients’ data: our clocks there are the clients’ notices (Art. 33(2))', async () => {
    const today = await call(app, 'dashboard.get', {});
    const phished = today.breaches.rows.find((r) => r.title === 'Support mailbox phished');
    expect(phished).toMatchObject({ controllerSide: false, nextAction: 'notify-clients' });
    expect(phished?.otherClocks.map((c) => [c.kind, c.party, c.dueAt])).toEqual([
      ['gdpr-client', 'Studio Medico Verdi', '2026-04-11T10:00:00+02:00'],
      ['nis2-early-warning', 'csirt', '2026-04-10T10:00:00+02:00'],
      ['nis2-notification', 'csirt', '2026-04-12T10:00:00+02:00'],
    ]);
    expect(today.breaches.rows.find((r) => r.title === 'Object storage bucket left public')).toMatchObject({ controllerSide: true });
  });

  it('marks in the register list a breach that touches only clients’ data, whose 72 hours are the clients’ own, and no other', async () => {
    const page = await call(app, 'breaches.list', { limit: 100 });
    const sides = Object.fromEntries(page.rows.map((r) => [r.title, r.controllerSide]));
    expect(sides).toMatchObject({ 'Support mailbox phished': false, 'Object storage bucket left public': true });
    const only = await call(app, 'breaches.list', { search: 'phished', limit: 100 });
    expect(only.rows.map((r) => [r.title, r.controllerSide])).toEqual([['Support mailbox phished', false]]);
  });

  it('gives a breach that touches only clients’ data no authority deadline in Deadlines or reminders, and counts it running only while a client’s notice is owed', async () => {
    const db = app.session.db();
    const now = new Date(app.clock.ms);
    const before = (await summaryCounts(db, '2026-04-10', now)).breachesRunning;
    const misdirected = await call(app, 'breaches.create', {
      breach: { title: 'Exports mailed to the wrong client', awareAt: '2026-04-10T09:00:00+02:00', roles: { controllerSide: false, clientIds: [retailer.id], nis2Significant: false } },
    });
    const deadlines = await call(app, 'deadlines.calendar', { from: '2026-03-01', to: '2026-04-30', kinds: ['breach-72h', 'breach-client', 'breach-nis2'] });
    expect(deadlines.items.filter((i) => i.caseId === misdirected.id).map((i) => [i.kind, i.instant])).toEqual([['breach-client', '2026-04-11T09:00:00+02:00']]);
    const phished = deadlines.items.filter((i) => i.title.startsWith('Support mailbox phished')).map((i) => i.kind);
    expect(phished).toEqual(['breach-nis2', 'breach-client', 'breach-nis2']);
    expect(deadlines.items.filter((i) => i.kind === 'breach-72h').map((i) => i.title)).toEqual(['Object storage bucket left public']);
    const run = await call(app, 'reminders.run', {});
    const planned = [...run.upcoming.map((u) => u.id), ...run.shown.map((n) => n.reminderId)];
    expect(planned.some((id) => id.startsWith(`breach-client:${misdirected.id}:${retailer.id}@`))).toBe(true);
    expect(planned.some((id) => id.startsWith(`breach-72h:${misdirected.id}`))).toBe(false);
    expect((await summaryCounts(db, '2026-04-10', now)).breachesRunning).toBe(before + 1);
    await call(app, 'breaches.clientNotice', { breachId: misdirected.id, clientId: retailer.id, sentAt: '2026-04-10T09:30:00+02:00', channel: 'email' });
    expect((await summaryCounts(db, '2026-04-10', now)).breachesRunning).toBe(before);
  });

  it('shows no NIS2 clocks when the organisation is not in scope, whatever the flag says', async () => {
    await call(app, 'settings.update', { changes: { 'nis2.scope': 'none' } });
    const breach = await call(app, 'breaches.create', { breach: { title: 'Printer misdelivery', awareAt: '2026-04-09T15:00:00+02:00', roles: { nis2Significant: true } } });
    const detail = await call(app, 'breaches.get', { id: breach.id });
    expect(detail.clocks.map((c) => c.kind)).toEqual(['gdpr-authority']);
    expect(detail.roles.clients).toEqual([]);
  });
});
