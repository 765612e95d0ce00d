import { randomBytes } from 'node:crypto';
import type { QueryExecutorProvider } from 'kysely';
import { confidentialFieldsOf } from '../../../db/confidential/confidential-fields-plugin';
import { ownTeamKey, type TeamKeyRow } from '../../../db/postgres/team-keys';
import { AppError } from '../errors';
import { msg } from '../i18n';
import { unwrapKey, wrapKey, type WrappedKey } from '../vault/key-wrap';
import { derivePassphraseKey, newScryptParams, type ScryptParams } from '../vault/passphrase-kdf';

/** The associated data of a member's wrap: a wrap copied to another member's row does not open. */
function wrapContext(login: string): string {
  return `dpo-desk-team-key:v1:${login}`;
}

/** A new team data key: 256 random bits, made once at `team init` (or `vault migrate --to`). */
export function newTeamDataKey(): Buffer {
  return randomBytes(32);
}

/**
 * The team data key wrapped for one member, as the vault's header wraps its data key: a key
 * derived from the member's password by scrypt (their own salt and cost), then AES-256-GCM.
 */
export async function wrapTeamKeyFor(dataKey: Buffer, login: string, password: string, now: Date): Promise<TeamKeyRow> {
  const params = newScryptParams();
  const kek = await derivePassphraseKey(password, params);
  const wrapped = wrapKey(dataKey, kek, wrapContext(login));
  kek.fill(0);
  return { login, kdf: 'scrypt', params: JSON.stringify(params), wrapped: JSON.stringify(wrapped), created_at: now.toISOString() };
}

/**
 * Opens the team data key from the connection's own row with the member's password: missing
 * (never added, or disabled) is FORBIDDEN, a password that does not open it WRONG_SECRET.
 */
export async function unwrapOwnTeamKey(db: QueryExecutorProvider, login: string, password: string): Promise<Buffer> {
  const row = await ownTeamKey(db);
  if (!row) throw new AppError('FORBIDDEN', msg('msg.error.team.key.none', { login }));
  const kek = await derivePassphraseKey(password, JSON.parse(row.params) as ScryptParams);
  const key = unwrapKey(JSON.parse(row.wrapped) as WrappedKey, kek, wrapContext(row.login));
  kek.fill(0);
  if (!key) throw new AppError('WRONG_SECRET', msg('msg.error.team.key.wrong', { login }));
  return key;
}

/** Gives a connection's confidential fields their key (after sign-in); the caller's copy is zeroed. */
export function openConfidentialFields(db: QueryExecutorProvider, key: Buffer): void {
  confidentialFieldsOf(db)?.unlock(key);
  key.fill(0);
}

/** Signs the connection's member in to the team's confidential fields: unwraps their key with their password and gives it to the connection. */
export async function unlockTeamFields(db: QueryExecutorProvider, login: string, password: string): Promise<void> {
  openConfidentialFields(db, await unwrapOwnTeamKey(db, login, password));
}

/** The connection's open team data key, for wrapping it for someone else; VAULT_LOCKED when it is not open. */
export function heldTeamKey(db: QueryExecutorProvider): Buffer {
  const key = confidentialFieldsOf(db)?.dataKey();
  if (!key) throw new AppError('VAULT_LOCKED', msg('msg.error.team.key.needed'));
  return key;
}
