import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../db/connection';
import { readVaultHeader } from '../../electron/core/vault/vault-header';
import { unwrapDataKey } from '../../electron/core/vault/vault-keys';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/** A vault made before state commitments: one event starts them on the next unlock, and the vault verifies. */
describe('starting state commitments on an older vault', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  it('records the start once, takes older rows as found, and catches edits after it', async () => {
    const app = appOver(tmp.dir, () => new Date('2026-05-05T08:00:00Z'));
    await app.session.create(PASSPHRASE);
    await app.dispatch('settings.update', { changes: { 'organisation.name': 'Noventia Srl' } });
    await app.session.lock();
    const key = await unwrapDataKey(readVaultHeader(app.session.files.header), 'passphrase', PASSPHRASE);
    const raw = openEncryptedDatabase(app.session.files.database, key, { create: false });
    key.fill(0);
    // As a vault written before commitments: no flag, no states, and a row no event committed to.
    raw.prepare(`DELETE FROM vault_meta WHERE key = 'state_tracking'`).run();
    raw.prepare(`INSERT INTO settings (key, value, updated_at) VALUES ('organisation.address', '"Via Roma 1"', '2026-01-01T00:00:00Z')`).run();

    await app.session.unlock('passphrase', PASSPHRASE);
    await app.session.lock();
    await app.session.unlock('passphrase', PASSPHRASE);
    const started = await app.session.db().selectFrom('audit_events').select('action').where('action', '=', 'audit.state-tracking-started').execute();
    expect(started).toHaveLength(1);
    expect(await app.session.verify()).toMatchObject({ ok: true, dataBreaks: [] });

    await app.dispatch('settings.update', { changes: { 'organisation.address': 'Via Milano 2' } });
    expect((await app.session.verify()).ok).toBe(true);
    raw.prepare(`UPDATE settings SET value = '"Via Napoli 3"' WHERE key = 'organisation.address'`).run();
    expect((await app.session.verify()).dataBreaks).toEqual([expect.objectContaining({ caseType: 'setting', caseId: 'organisation.address', group: 'settings.value' })]);
    raw.close();
    await app.dispose();
  }, 120_000);
});
