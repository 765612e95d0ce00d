import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../db/connection';
import { verifyAuditChain } from '../../electron/core/audit/verify-audit-chain';
import { readVaultHeader } from '../../electron/core/vault/vault-header';
import { unwrapDataKey } from '../../electron/core/vault/vault-keys';
import type { VaultSession } from '../../electron/core/vault/vault-session';
import { appOver, PASSPHRASE, tempDir } from './temp-vault';

/** A raw connection behind the app's back, as an attacker holding the key would have. */
async function rawConnection(session: VaultSession) {
  const header = readVaultHeader(session.files.header);
  const key = await unwrapDataKey(header, 'passphrase', PASSPHRASE);
  const db = openEncryptedDatabase(session.files.database, key, { create: false });
  key.fill(0);
  return db;
}

describe('vault integrity', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  async function vaultWithHistory() {
    const app = appOver(tmp.dir);
    await app.session.create(PASSPHRASE);
    await app.handlers['settings.update']({ changes: { 'organisation.name': 'Noventia Srl' } });
    await app.handlers['settings.update']({ changes: { 'organisation.country': 'IT', 'organisation.timeZone': 'Europe/Rome' } });
    await app.handlers['settings.update']({ changes: { 'commitments.responseDays': 30 } });
    return app;
  }

  it('refuses UPDATE and DELETE on audit events', async () => {
    const app = await vaultWithHistory();
    const db = app.session.db();
    // @ts-expect-error -- the schema type makes an update of the audit trail a compile error; the database must refuse it as well
    await expect(db.updateTable('audit_events').set({ actor: 'mallory' }).where('seq', '=', 2).execute()).rejects.toThrow('append-only');
    await expect(db.deleteFrom('audit_events').where('seq', '=', 2).execute()).rejects.toThrow('append-only');
    expect((await verifyAuditChain(db)).ok).toBe(true);
    await app.dispose();
  });

  it('records each settings change with what it was and what it became', async () => {
    const app = await vaultWithHistory();
    const events = await app.session.db().selectFrom('audit_events').selectAll().orderBy('seq').execute();
    expect(events.map((e) => e.action)).toEqual(['vault.created', 'settings.updated', 'settings.updated', 'settings.updated']);
    expect(JSON.parse(events[2]?.data ?? '{}')).toEqual({
      changes: { 'organisation.country': { from: null, to: 'IT' }, 'organisation.timeZone': { from: null, to: 'Europe/Rome' } },
    });
    const verification = await verifyAuditChain(app.session.db());
    expect(verification).toMatchObject({ ok: true, eventCount: 4, firstBreak: null });
    expect(verification.headHash).toBe(events[3]?.hash);
    await app.dispose();
  });

  it('catches an audit row edited with the trigger dropped', async () => {
    const app = await vaultWithHistory();
    await app.session.lock();
    const raw = await rawConnection(app.session);
    raw.exec('DROP TRIGGER audit_events_no_update');
    raw.prepare("UPDATE audit_events SET data = json_set(data, '$.changes.\"organisation.name\".to', 'Someone Else') WHERE seq = 2").run();
    raw.close();
    await app.session.unlock('passphrase', PASSPHRASE);
    const result = await verifyAuditChain(app.session.db());
    expect(result).toMatchObject({
      ok: false,
      eventCount: 1,
      firstBreak: { seq: 2, reason: 'event 2 was changed after it was written (its hash does not match its content)' },
    });
    await app.dispose();
  });

  it('catches an audit row deleted with the trigger dropped', async () => {
    const app = await vaultWithHistory();
    await app.session.lock();
    const raw = await rawConnection(app.session);
    raw.exec('DROP TRIGGER audit_events_no_delete');
    raw.prepare('DELETE FROM audit_events WHERE seq = 3').run();
    raw.close();
    await app.session.unlock('passphrase', PASSPHRASE);
    expect((await verifyAuditChain(app.session.db())).firstBreak).toMatchObject({ seq: 4, reason: 'event 3 is missing (the next event is 4)' });
    await app.dispose();
  });

  it('names the file when the header is truncated, foreign or missing, and never creates a vault over it', async () => {
    const app = await vaultWithHistory();
    await app.session.lock();
    const { header, database } = app.session.files;
    const original = readFileSync(header, 'utf8');

    writeFileSync(header, original.slice(0, 120));
    let result = await app.dispatch('vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect(result).toEqual({ ok: false, error: { code: 'VAULT_CORRUPT', message: `The vault header ${header} is damaged or truncated (it is not valid JSON)`, detail: { key: 'msg.error.vault.headerNotJson', params: { path: header } } } });

    writeFileSync(header, JSON.stringify({ name: 'some other app' }));
    result = await app.dispatch('vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect(!result.ok && result.error.message).toBe(`The file ${header} is not a DPO Desk vault header`);

    writeFileSync(header, original.replace(/"salt": "[^"]+"/, '"salt": "!!"'));
    result = await app.dispatch('vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect(!result.ok && result.error.message).toMatch(new RegExp(`^The vault header ${header} is damaged: passphrase.salt`));

    rmSync(header);
    expect(app.session.status().state).toBe('locked');
    result = await app.dispatch('vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect(!result.ok && result.error.message).toContain(`The vault header ${header} is missing`);
    const create = await app.dispatch('vault.create', { passphrase: 'meadow-quartz-violin-harbour' });
    expect(!create.ok && create.error.code).toBe('VAULT_EXISTS');
    expect(readFileSync(database).length).toBeGreaterThan(0);
  });

  it('names the database when it is missing or belongs to another vault', async () => {
    const app = await vaultWithHistory();
    await app.session.lock();
    const other = appOver(join(tmp.dir, 'other'));
    await other.session.create(PASSPHRASE);
    await other.session.lock();

    const { database } = app.session.files;
    copyFileSync(other.session.files.database, database);
    const foreign = await app.dispatch('vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect(foreign).toEqual({
      ok: false,
      error: { code: 'VAULT_CORRUPT', message: `The vault database ${database} is damaged or belongs to another vault: the key from the header does not open it`, detail: { key: 'msg.error.vault.databaseKeyMismatch', params: { path: database } } },
    });

    rmSync(database);
    const missing = await app.dispatch('vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect(!missing.ok && missing.error.message).toBe(`The vault database ${database} is missing; restore it from a backup`);
  });

  it('refuses a database written by a newer version', async () => {
    const app = await vaultWithHistory();
    await app.session.lock();
    const raw = await rawConnection(app.session);
    raw.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('9999-from-the-future', '2030-01-01T00:00:00Z')").run();
    raw.close();
    const result = await app.dispatch('vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'VAULT_FROM_FUTURE',
        message: 'The vault was last opened by a newer version of DPO Desk (schema 9999-from-the-future); update DPO Desk to open it',
        detail: { key: 'msg.error.vault.databaseFromFuture', params: { schema: '9999-from-the-future' } },
      },
    });
  });
});

describe('interrupted writes', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  it('finishes a vault init killed between moving the database and the header, and clears stale temp files', async () => {
    const app = appOver(tmp.dir);
    await app.session.create(PASSPHRASE);
    await app.session.lock();
    const { dir, header } = app.session.files;
    const vaultId = readVaultHeader(header).vaultId;
    // The state a kill leaves between the two renames of `create`, plus a crashed header rewrite.
    renameSync(header, join(dir, `.vault.json.creating-${vaultId}`));
    writeFileSync(join(dir, '.vault.json.0123456789ab.tmp'), '{"half":');
    const reopened = appOver(tmp.dir);
    expect(reopened.session.status().state).toBe('locked');
    expect(readdirSync(dir).sort()).toEqual(['vault.db', 'vault.json']);
    expect((await reopened.dispatch('vault.unlock', { method: 'passphrase', secret: PASSPHRASE })).ok).toBe(true);
    await reopened.dispose();
  });

  it('starts again cleanly when init was killed before anything was moved into place', async () => {
    const app = appOver(tmp.dir);
    await app.session.create(PASSPHRASE);
    await app.session.lock();
    const { dir, header, database } = app.session.files;
    const vaultId = readVaultHeader(header).vaultId;
    renameSync(database, join(dir, `.vault.db.creating-${vaultId}`));
    renameSync(header, join(dir, `.vault.json.creating-${vaultId}`));
    const again = appOver(tmp.dir);
    expect(again.session.status().state).toBe('absent');
    await again.session.create(PASSPHRASE);
    expect(readdirSync(dir).filter((name) => name.includes('creating'))).toEqual([]);
    await again.dispose();
  });
});
