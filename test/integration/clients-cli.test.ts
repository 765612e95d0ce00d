import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BreachDetail } from '../../electron/shared/breaches';
import type { Client } from '../../electron/shared/clients';
import type { RequestDetail } from '../../electron/shared/requests';
import { cli } from '../support/cli';
import { tempDir } from './temp-vault';

describe('client, request --client and breach --clients over a real vault', () => {
  const tmp = tempDir();
  const vault = join(tmp.dir, 'vault');
  const file = (name: string, content: unknown) => {
    const path = join(tmp.dir, name);
    writeFileSync(path, JSON.stringify(content));
    return path;
  };
  let retailer: Client;
  let school: Client;

  beforeAll(async () => {
    expect((await cli(['vault', 'init', '--vault', vault])).code).toBe(0);
    for (const [key, value] of [['organisation.country', 'IT'], ['organisation.timeZone', 'Europe/Rome'], ['nis2.scope', 'important']] as const) {
      expect((await cli(['settings', 'set', key, value, '--vault', vault])).code).toBe(0);
    }
  });
  afterAll(() => tmp.cleanup());

  it('adds, lists and shows clients with their contract terms', async () => {
    const added = await cli(['client', 'add', '--vault', vault, '--json', '--file', file('c1.json', { name: 'Bottega Rossi Srl', privacyContact: 'privacy@bottegarossi.example', country: 'it', breachNoticeHours: 24, requestDays: 3, requestDaysBasis: 'working' })]);
    expect(added.code).toBe(0);
    retailer = JSON.parse(added.stdout) as Client;
    school = JSON.parse((await cli(['client', 'add', '--vault', vault, '--json', '--file', file('c2.json', { name: 'Scuola Lingue Bianchi', privacyContact: 'segreteria@bianchi.example', country: 'IT' })])).stdout) as Client;
    const list = await cli(['client', 'list', '--vault', vault]);
    expect(list.stdout).toContain('Bottega Rossi Srl  IT  agreement —  breach notice 24 h  requests 3 working days');
    expect(list.stdout).toContain('Scuola Lingue Bianchi  IT  agreement —  breach notice without undue delay  requests without undue delay');
    expect((await cli(['client', 'show', 'Bottega Rossi Srl', '--vault', vault])).stdout).toContain('Privacy contact:   privacy@bottegarossi.example');
    const bad = await cli(['client', 'add', '--vault', vault, '--file', file('c3.json', { name: 'No contact', country: 'IT' })]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('privacyContact');
  });

  it('registers a request in processor capacity with the contract’s date, skipping the Immaculate Conception', async () => {
    // Fri 5 Dec 2025; Mon 8 Dec is a holiday in Italy: 3 working days are 9, 10, 11 Dec.
    const add = await cli(['request', 'add', '--regime', 'gdpr', '--type', 'access', '--name', 'Paola Neri', '--received', '2025-12-05T10:00:00+01:00', '--client', retailer.id, '--confirm-old', '--vault', vault, '--json']);
    expect(add.code).toBe(0);
    const { reference } = JSON.parse(add.stdout) as { reference: string };
    const show = JSON.parse((await cli(['request', 'show', reference, '--vault', vault, '--json'])).stdout) as RequestDetail;
    expect(show.processorSide).toMatchObject({ clientName: 'Bottega Rossi Srl', forwardBy: '2025-12-11' });
    expect(show.processorSide?.clocks.map((c) => [c.kind, c.dueAt, c.ours])).toEqual([
      ['processor-forward', '2025-12-11', true],
      ['client-assist', null, true],
      ['controller-legal', '2026-01-05', false],
    ]);
    const orphan = await cli(['request', 'add', '--regime', 'gdpr', '--type', 'access', '--name', 'X', '--assist-by', '2026-01-10', '--vault', vault]);
    expect(orphan.code).toBe(2);
  });

  it('registers a breach on our data and two clients’ as a NIS2 incident, and lists every clock', async () => {
    const add = await cli([
      'breach', 'add', '--title', 'Bucket left public', '--aware-at', '2026-03-27T10:00:00+01:00', '--clients', `${retailer.id},${school.id}`, '--nis2', '--vault', vault,
    ]);
    expect(add.code).toBe(0);
    expect(add.stdout).toContain('Notice to the client (controller) — Bottega Rossi Srl: 28 Mar 2026, 10:00');
    expect(add.stdout).toContain('Notice to the client (controller) — Scuola Lingue Bianchi: without undue delay: no fixed number of hours  [without undue delay]');
    const reference = /Registered breach (B-\d{4}-\d{3})/.exec(add.stdout)?.[1] ?? '';
    const notice = await cli(['breach', 'notify-client', reference, '--client', retailer.id, '--sent-at', '2026-03-27T20:00:00+01:00', '--channel', 'certified-email', '--vault', vault]);
    expect(notice.stdout).toBe('Recorded the notice to Bottega Rossi Srl at 2026-03-27T20:00:00+01:00\n');
    expect((await cli(['breach', 'nis2-report', reference, '--stage', 'notification', '--sent-at', '2026-03-29T09:00:00+02:00', '--vault', vault])).code).toBe(0);
    const detail = JSON.parse((await cli(['breach', 'show', reference, '--vault', vault, '--json'])).stdout) as BreachDetail;
    expect(detail.clocks.map((c) => ({ kind: c.kind, party: c.party, dueAt: c.dueAt, status: c.status, source: c.source.key }))).toEqual([
      { kind: 'gdpr-authority', party: 'authority', dueAt: '2026-03-30T10:00:00+01:00', status: 'overdue', source: 'msg.citation.gdpr-art-33-1' },
      { kind: 'gdpr-client', party: 'Bottega Rossi Srl', dueAt: '2026-03-28T10:00:00+01:00', status: 'done', source: 'msg.citation.gdpr-art-33-2-contract' },
      { kind: 'gdpr-client', party: 'Scuola Lingue Bianchi', dueAt: null, status: 'undue-delay', source: 'msg.citation.gdpr-art-33-2' },
      { kind: 'nis2-early-warning', party: 'csirt', dueAt: '2026-03-28T10:00:00+01:00', status: 'overdue', source: 'msg.citation.nis2-art-23-4-a' },
      { kind: 'nis2-notification', party: 'csirt', dueAt: '2026-03-30T10:00:00+01:00', status: 'done', source: 'msg.citation.nis2-art-23-4-b' },
      // The month after the notification has passed with no end of the incident recorded: the report owed then is the
      // progress report (Art. 23(4)(e)), overdue; the final report waits on the end.
      { kind: 'nis2-progress', party: 'csirt', dueAt: '2026-04-29T09:00:00+02:00', status: 'overdue', source: 'msg.citation.nis2-art-23-4-e' },
      { kind: 'nis2-final', party: 'csirt', dueAt: null, status: 'waiting', source: 'msg.citation.nis2-art-23-4-e' },
    ]);
    const human = await cli(['breach', 'show', reference, '--vault', vault]);
    // In the organisation's zone (Europe/Rome), as the app's History shows it.
    expect(human.stdout).toContain('NIS2 progress report — CSIRT: 29 Apr 2026, 09:00  [overdue]  (Directive (EU) 2022/2555 Art. 23(4)(e); Legislative Decree No. 138/2024, Article 25)');
    const refused = await cli(['breach', 'nis2-report', reference, '--stage', 'interim', '--sent-at', '2026-03-29T09:00:00+02:00', '--vault', vault]);
    expect(refused.code).not.toBe(0);
  });
  it('keeps the authority’s 72 hours off a breach of clients’ data only, in add, list and show, and refuses the controllers’ notices', async () => {
    const add = await cli(['breach', 'add', '--title', 'Lead list sent to the wrong client', '--aware-at', '2026-03-27T10:00:00+01:00', '--clients', retailer.id, '--processor-only', '--vault', vault]);
    expect(add.code).toBe(0);
    const reference = /Registered breach (B-\d{4}-\d{3})/.exec(add.stdout)?.[1] ?? '';
    expect(add.stdout).toContain(`Registered breach ${reference}: authority: the controllers' (we are processor only)`);
    expect(add.stdout).not.toContain('notify the authority by');
    const list = await cli(['breach', 'list', '--search', 'Lead list', '--vault', vault]);
    expect(list.stdout).toMatch(new RegExp(`^   ${reference}  open +untriaged +processor only +Lead list sent to the wrong client$`, 'm'));
    const show = await cli(['breach', 'show', reference, '--lang', 'it', '--vault', vault]);
    expect(show.stdout).toContain('spetta ai titolari (siamo solo responsabile del trattamento)');
    const notice = await cli(['notice', reference, '--to', 'authority', '--phase', 'preliminary', '--lang', 'it', '--out', join(vault, '..', 'n.pdf'), '--vault', vault]);
    expect(notice.code).toBe(1);
    expect(notice.stderr).toContain('spetta al titolare');
  });
});
