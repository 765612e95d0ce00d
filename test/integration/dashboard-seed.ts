import type { Channel } from '../../electron/shared/channels';
import type { Input, Output } from '../../electron/shared/contract';
import type { NewRequest } from '../../electron/shared/requests';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';
import { ITALIAN_ORGANISATION } from '../support/italian-organisation';

/** Friday 10 April 2026, 10:00 in Rome: the morning every dashboard test looks at. */
export const NOW = Date.parse('2026-04-10T08:00:00Z');

export type DeskApp = ReturnType<typeof appOver> & { tmp: ReturnType<typeof tempDir>; clock: { ms: number } };

/** A vault in a temp folder, the organisation in Italy (Rome), promises of 30/60 days and acknowledgement in 2. */
export async function openDesk(): Promise<DeskApp> {
  const tmp = tempDir();
  const clock = { ms: NOW };
  const app = appOver(tmp.dir, () => new Date(clock.ms));
  await app.session.create(PASSPHRASE);
  await app.handlers['settings.update']({
    changes: ITALIAN_ORGANISATION,
  });
  return { ...app, tmp, clock };
}

/** Calls a channel through the real dispatch (zod first) and throws the API error if any. */
export async function call<C extends Channel>(app: DeskApp, channel: C, input: Input<C>): Promise<Output<C>> {
  const result = await app.dispatch(channel, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as Output<C>;
}

const request = (name: string, receivedDate: string): NewRequest => ({
  regime: 'gdpr',
  types: ['access'],
  receivedAt: `${receivedDate}T10:00:00+01:00`,
  channel: 'email',
  subjectName: name,
  subjectEmail: `${name.toLowerCase().replace(/ /g, '.')}@example.it`,
});

const verified = { to: 'in-progress', identity: { method: 'email-confirmation', outcome: 'verified' } } as const;

/**
 * Requests with known places on the 10 April dashboard (GDPR: one month, moved off weekends
 * and Italian holidays; the organisation: 30 days; acknowledgement: 2 days):
 * - A 2 Mar, in progress: legal 2 Apr → overdue;
 * - B 2 Mar, received: overdue, and its acknowledgement (4 Mar) is overdue;
 * - C 10 Mar, awaiting identity: own date 9 Apr passed, legal 10 Apr not → past commitment; extension notice by today;
 * - D 11 Mar, in progress: own date 10 Apr → due today; extension notice by 13 Apr;
 * - E 14 Mar, received: own date 13 Apr → due this week; acknowledgement overdue; extension notice by 14 Apr;
 * - F 14 Mar, extended, its notice sent today: own complex date 13 May → none of the date lists;
 * - G 1 Apr, responded at 00:30 on Monday 6 Apr Rome time (Sunday in UTC);
 * - H 1 Apr, withdrawn now;
 * - I 8 Apr, received: acknowledgement due today (10 Apr).
 */
export async function seedRequests(app: DeskApp): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  const make = async (key: string, name: string, date: string) => (ids[key] = (await call(app, 'requests.create', { request: request(name, date) })).id);
  await make('A', 'Anna Alberti', '2026-03-02');
  await make('B', 'Bruno Bassi', '2026-03-02');
  await make('C', 'Carla Conti', '2026-03-10');
  await make('D', 'Dario Daniele', '2026-03-11');
  await make('E', 'Elena Esposito', '2026-03-14');
  await make('F', 'Fabio Ferri', '2026-03-14');
  await make('G', 'Giulia Galli', '2026-04-01');
  await make('H', 'Hugo Herrera', '2026-04-01');
  await make('I', 'Irene Isola', '2026-04-08');
  const move = (key: string, transition: Input<'requests.transition'>['transition']) => call(app, 'requests.transition', { id: ids[key] as string, transition });
  await move('A', verified);
  await move('C', { to: 'awaiting-identity', method: 'id-document', reason: 'New e-mail address' });
  await move('D', verified);
  await move('F', verified);
  await move('F', { to: 'extended', reason: 'Data spread over many systems' });
  // The extension binds once its notice is recorded sent within the month (Art. 12(3); review 6, F13): sent today.
  const letterhead = { 'organisation.name': 'Noventia Srl', 'organisation.address': 'Via Roma 1, 00100 Roma', 'organisation.dpoName': 'Chiara Esposito', 'organisation.dpoEmail': 'dpo@noventia.example' };
  await call(app, 'settings.update', { changes: letterhead });
  const notice = await call(app, 'documents.finalise', { caseType: 'request', caseId: ids.F as string, kind: 'extension-notice', language: 'en' });
  await call(app, 'documents.sent', { documentId: notice.id, sentOn: notice.letterDate, channel: 'email', recipient: 'Fabio Ferri' });
  await move('G', { ...verified, at: '2026-04-05T22:00:00Z' });
  await move('G', { to: 'responded', outcome: 'fulfilled', reason: 'Copy sent', at: '2026-04-05T22:30:00Z' });
  await move('H', { to: 'withdrawn', reason: 'The person withdrew the request' });
  return ids;
}

/**
 * Breaches at 10 April 08:00 UTC: one running (aware 9 Apr 10:00 CEST, 48 hours left), one past
 * its 72 hours with no notice (25 hours over), one notified in time (its clock stopped).
 */
export async function seedBreaches(app: DeskApp): Promise<Record<string, string>> {
  const running = await call(app, 'breaches.create', { breach: { title: 'Laptop of Marco Rossi stolen', awareAt: '2026-04-09T10:00:00+02:00' } });
  const overdue = await call(app, 'breaches.create', { breach: { title: 'Payroll e-mailed to the wrong list', awareAt: '2026-04-06T09:00:00+02:00' } });
  const notified = await call(app, 'breaches.create', { breach: { title: 'Ransomware on the HR share', awareAt: '2026-04-08T12:00:00+02:00' } });
  await call(app, 'breaches.addNotification', {
    id: notified.id,
    notification: { recipient: 'authority', phase: 'preliminary', sentAt: '2026-04-09T09:00:00+02:00', summary: 'Preliminary notice' },
  });
  return { running: running.id, overdue: overdue.id, notified: notified.id };
}
