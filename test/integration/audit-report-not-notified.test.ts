import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAuditReportPdf } from '../../electron/core/reports/report-pdf/write-audit-report-pdf';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/**
 * A breach the DPO decided not to notify to the authority shows, in the register of the
 * audit report, why (Art. 33(5): the facts, effects, remedial action, and why not notified),
 * in English and in Italian.
 */
describe('the audit report’s breach register says why a breach was not notified', () => {
  const tmp = tempDir();
  let clock = Date.parse('2026-03-20T10:00:00Z');
  const app = appOver(tmp.dir, () => new Date(clock));

  async function call<T>(channel: string, input: unknown): Promise<T> {
    const result = await app.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as T;
  }

  beforeAll(async () => {
    await app.session.create(PASSPHRASE);
    await call('settings.update', { changes: { 'organisation.name': 'Noventia Srl', 'organisation.country': 'IT', 'organisation.timeZone': 'Europe/Rome' } });
    const kept = await call<{ id: string }>('breaches.create', {
      breach: { title: 'Laptop lost on a train', awareAt: '2026-03-20T10:00:00+01:00', cause: 'lost-stolen-device', facts: { confidentiality: 'known-recipients', integrity: 'none', availability: 'none', maliciousIntent: false, dataCategories: ['contact'], subjects: 12 } },
    });
    await call('breaches.decide', { id: kept.id, decision: { notifyAuthority: false, notifySubjects: false, rationale: 'Full-disk encryption with a strong key: no risk to the people' } });
    clock = Date.parse('2026-04-10T08:00:00Z');
  });
  afterAll(async () => {
    await app.dispose();
    tmp.cleanup();
  });

  it('prints the recorded reason beside the decision, in both languages', async () => {
    const flat = (language: 'en' | 'it') => async () => {
      const path = join(tmp.dir, `report-${language}.pdf`);
      await writeAuditReportPdf(app.session.db(), path, { range: { from: '2026-03-01', to: '2026-03-31' }, now: new Date(clock), language, progress: () => undefined });
      return execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    };
    expect(await flat('en')()).toContain('Not notified to the authority: Full-disk encryption with a strong key: no risk to the people');
    const it = await flat('it')();
    expect(it).toContain('Non notificata all’autorità: Full-disk encryption with a strong key: no risk to the people');
    expect(it).not.toContain('motivo non registrato');
  });
});
