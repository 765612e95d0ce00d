import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoVault } from '../../electron/core/demo/create-demo-vault';
import { writeAuditReportPdf } from '../../electron/core/reports/report-pdf/write-audit-report-pdf';
import { VaultSession } from '../../electron/core/vault/vault-session';
import { reportTableProblems } from '../support/report-tables';
import { PASSPHRASE, tempDir } from './temp-vault';

/**
 * The audit report over the demo vault as the fourth lawyer review read it (made on 4 December 2026), in English and
 * Italian: no short table split over pages and every table that runs on to a page says so with its heading and
 * "(continued)" / "(segue)" (review 4, D22), the demo's closed breaches with their remedial action (D2), and the open
 * breach whose 72 hours are running with its clock, its client notice and its NIS2 early warning (D7).
 */
describe('the audit report over the demo vault (review 4, D2, D7, D22)', () => {
  const tmp = tempDir();
  const now = new Date('2026-12-04T00:30:00Z');
  const session = new VaultSession({ dir: join(tmp.dir, 'vault'), actor: 'test', now: () => now });
  const paths = { en: join(tmp.dir, 'report-en.pdf'), it: join(tmp.dir, 'report-it.pdf') };

  beforeAll(async () => {
    await createDemoVault(join(tmp.dir, 'vault'), PASSPHRASE, { now });
    await session.unlock('passphrase', PASSPHRASE);
    for (const language of ['en', 'it'] as const) {
      await writeAuditReportPdf(session.db(), paths[language], { range: { from: '2026-01-01', to: '2026-12-31' }, now, language, progress: () => undefined });
    }
  }, 400_000);
  afterAll(async () => {
    await session.lock();
    tmp.cleanup();
  }, 60_000);

  it('D22: keeps each short table whole and heads each page a table runs on to with "(continued)" / "(segue)"', () => {
    expect(reportTableProblems(readFileSync(paths.en), paths.en, 'continued')).toEqual([]);
    expect(reportTableProblems(readFileSync(paths.it), paths.it, 'segue')).toEqual([]);
  });
});
