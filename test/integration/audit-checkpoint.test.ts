import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../db/connection';
import { commands } from '../../electron/cli/commands';
import { runCli } from '../../electron/cli/run-cli';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import { readVaultHeader } from '../../electron/core/vault/vault-header';
import { unwrapDataKey } from '../../electron/core/vault/vault-keys';
import type { VaultSession } from '../../electron/core/vault/vault-session';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/** A raw connection behind the app's back, as someone holding the key would have. */
async function rawConnection(session: VaultSession) {
  const key = await unwrapDataKey(readVaultHeader(session.files.header), 'passphrase', PASSPHRASE);
  const db = openEncryptedDatabase(session.files.database, key, { create: false });
  key.fill(0);
  return db;
}

describe('the chain checkpoint in the header', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  async function vaultWithHistory() {
    const app = appOver(tmp.dir);
    await app.session.create(PASSPHRASE);
    for (const name of ['Noventia Srl', 'Noventia SpA', 'Noventia Group']) {
      await app.handlers['settings.update']({ changes: { 'organisation.name': name } });
    }
    await app.session.lock();
    return app;
  }

  it('catches deleted newest events, which the chain alone cannot, and locking again does not hide it', async () => {
    const app = await vaultWithHistory();
    expect(readVaultHeader(app.session.files.header).chain?.length).toBe(4);
    const raw = await rawConnection(app.session);
    raw.exec('DROP TRIGGER audit_events_no_delete');
    raw.prepare('DELETE FROM audit_events WHERE seq >= 3').run();
    raw.close();
    await app.session.unlock('passphrase', PASSPHRASE);
    expect((await verifyAuditChain(app.session.db())).ok).toBe(true);
    const result = await app.session.verify();
    expect(result).toMatchObject({ ok: false, eventCount: 2, checkpointLength: 4, firstBreak: { seq: 4, reason: expect.stringContaining('the newest events were deleted') } });
    await app.session.lock();
    await app.session.unlock('passphrase', PASSPHRASE);
    expect((await app.session.verify()).ok).toBe(false);
    await app.dispose();
  });

  it('catches an altered checkpoint', async () => {
    const app = await vaultWithHistory();
    const header = app.session.files.header;
    writeFileSync(header, readFileSync(header, 'utf8').replace(/"length": 4/, '"length": 2'));
    await app.session.unlock('passphrase', PASSPHRASE);
    expect((await app.session.verify()).firstBreak?.reason).toContain('checkpoint in the vault header was altered');
    await app.dispose();
  });

  it('proves with --head that the trail has only grown since a report quoted its head', async () => {
    const app = await vaultWithHistory();
    await app.session.unlock('passphrase', PASSPHRASE);
    const quoted = (await app.session.verify()).headHash;
    await app.handlers['settings.update']({ changes: { 'commitments.responseDays': 30 } });
    await app.session.lock();
    const env = { DPO_DESK_PASSPHRASE: PASSPHRASE, DPO_DESK_VAULT: app.session.files.dir };
    const io = (out: string[]) => ({ stdout: (t: string) => void out.push(t), stderr: (t: string) => void out.push(t), env, isTty: false, readStdin: async () => '' });
    const good: string[] = [];
    expect(await runCli(commands, ['audit', 'verify', '--head', quoted], io(good))).toBe(0);
    expect(good.join('')).toContain('The given head hash is event 4: the trail has only grown since (1 events added)');
    const bad: string[] = [];
    expect(await runCli(commands, ['audit', 'verify', '--head', 'a'.repeat(64)], io(bad))).toBe(1);
    expect(bad.join('')).toContain(`the head hash ${'a'.repeat(64)} is not an event of this trail`);
    const malformed: string[] = [];
    expect(await runCli(commands, ['audit', 'verify', '--head', 'xyz'], io(malformed))).toBe(2);
    await app.dispose();
  });
});
