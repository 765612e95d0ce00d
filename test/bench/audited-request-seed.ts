import { join } from 'node:path';
import { openEncryptedDatabase } from '../../db/connection';
import { createHandlers } from '../../electron/core/api/create-handlers';
import { createDispatch } from '../../electron/core/api/dispatch';
import { canonicalJson } from '../../electron/core/audit/canonical-json';
import { StateTracker } from '../../electron/core/audit/state-tracker';
import { readVaultHeader } from '../../electron/core/vault/vault-header';
import { unwrapDataKey } from '../../electron/core/vault/vault-keys';
import { requestRowWriter, SEED_SETTINGS } from './request-seed';

const ACTOR = 'bench';

/**
 * Creates a vault in `vaultDir` holding `count` seeded requests as the services leave them:
 * the vault and its settings through the real API; then each request in a transaction of
 * its own with its row and type rows, its `request.created` audit event (facts only, no
 * names) and its history row, the event sealed at commit by the vault's own state tracker
 * with the case states the request produced. So the trail is as long, and `audit verify` as
 * much work, as in a vault the app filled one request at a time. Returns the event count.
 */
export async function seedAuditedVault(vaultDir: string, passphrase: string, count: number, today: string): Promise<number> {
  const app = createHandlers({ vaultDir, appVersion: 'bench', actor: ACTOR });
  const dispatch = createDispatch(app.handlers, () => undefined);
  for (const [channel, input] of [
    ['vault.create', { passphrase }],
    ['settings.update', { changes: SEED_SETTINGS }],
  ] as const) {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  }
  await app.dispose();

  const key = await unwrapDataKey(readVaultHeader(join(vaultDir, 'vault.json')), 'passphrase', passphrase);
  const sqlite = openEncryptedDatabase(join(vaultDir, 'vault.db'), key, { create: false });
  key.fill(0);
  // One transaction per request as the app commits them, without waiting for the disk after each (a bench seed, not a vault in use).
  sqlite.pragma('synchronous = OFF');
  try {
    const tracker = new StateTracker(sqlite);
    tracker.install();
    tracker.arm();
    const at = new Date().toISOString();
    const write = requestRowWriter(sqlite, today, at);
    const event = sqlite.prepare('INSERT INTO temp.audit_pending (seq, at, actor, action, entity_type, entity_id, data, states) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)');
    const history = sqlite.prepare('INSERT INTO request_history (request_id, audit_seq, at, actor, action, from_status, to_status, reason) VALUES (?, ?, ?, ?, ?, NULL, ?, NULL)');
    let seq = (sqlite.prepare('SELECT max(seq) AS seq FROM audit_events').get() as { seq: number }).seq;
    const one = sqlite.transaction((i: number) => {
      const request = write(i);
      seq++;
      const facts = { to: request.status, reference: request.reference, regime: 'gdpr', types: request.types, receivedDate: request.received, channel: 'email' };
      event.run(seq, at, ACTOR, 'request.created', 'request', request.id, canonicalJson(facts));
      history.run(request.id, seq, at, ACTOR, 'request.created', request.status);
      tracker.flush();
    });
    for (let i = 0; i < count; i++) one(i);
    return seq;
  } finally {
    sqlite.close();
  }
}
