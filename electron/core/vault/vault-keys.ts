import { randomBytes, randomUUID } from 'node:crypto';
import { AppError } from '../errors';
import { unwrapKey, wrapKey } from './key-wrap';
import { derivePassphraseKey, newScryptParams } from './passphrase-kdf';
import { deriveRecoveryKek, generateRecoveryKey, parseRecoveryKey } from './recovery-key';
import { wrapContext, type VaultHeader } from './vault-header';
import { msg } from '../i18n';

export type UnlockMethod = 'passphrase' | 'recovery-key';

/**
 * Makes a new vault's keys: a random 256-bit data key, wrapped once by the passphrase
 * (scrypt) and once by a new recovery key (HKDF). Returns the header to write, the data
 * key (the caller zeroes it when the vault locks) and the recovery key to show once.
 */
export async function createVaultKeys(passphrase: string, now: Date): Promise<{ header: VaultHeader; dataKey: Buffer; recoveryKey: string }> {
  const vaultId = randomUUID();
  const dataKey = randomBytes(32);
  const scryptParams = newScryptParams();
  const passphraseKek = await derivePassphraseKey(passphrase, scryptParams);
  const recovery = generateRecoveryKey();
  const recoverySalt = randomBytes(16).toString('base64');
  const recoveryKek = deriveRecoveryKek(recovery.bytes, recoverySalt);
  const header: VaultHeader = {
    format: 'dpo-desk-vault',
    version: 1,
    vaultId,
    createdAt: now.toISOString(),
    database: { file: 'vault.db', cipher: 'sqlcipher-4-raw-key' },
    passphrase: { kdf: 'scrypt', ...scryptParams, wrapped: wrapKey(dataKey, passphraseKek, wrapContext(vaultId, 'passphrase')) },
    recoveryKey: { kdf: 'hkdf-sha256', salt: recoverySalt, wrapped: wrapKey(dataKey, recoveryKek, wrapContext(vaultId, 'recovery-key')) },
  };
  passphraseKek.fill(0);
  recoveryKek.fill(0);
  recovery.bytes.fill(0);
  return { header, dataKey, recoveryKey: recovery.display };
}

/** Recovers the data key with the passphrase or the recovery key; WRONG_SECRET when it does not fit. */
export async function unwrapDataKey(header: VaultHeader, method: UnlockMethod, secret: string): Promise<Buffer> {
  let kek: Buffer;
  if (method === 'passphrase') {
    kek = await derivePassphraseKey(secret, header.passphrase);
  } else {
    const recoveryBytes = parseRecoveryKey(secret);
    kek = deriveRecoveryKek(recoveryBytes, header.recoveryKey.salt);
    recoveryBytes.fill(0);
  }
  const slot = method === 'passphrase' ? header.passphrase.wrapped : header.recoveryKey.wrapped;
  const dataKey = unwrapKey(slot, kek, wrapContext(header.vaultId, method));
  kek.fill(0);
  if (!dataKey) {
    throw new AppError('WRONG_SECRET', msg(method === 'passphrase' ? 'msg.error.vault.wrongPassphrase' : 'msg.error.vault.wrongRecoveryKey'));
  }
  return dataKey;
}

/**
 * A header whose passphrase slot wraps the same data key under a new passphrase. The
 * database is not touched: changing the passphrase never rewrites it.
 */
export async function rewrapForPassphrase(header: VaultHeader, dataKey: Buffer, nextPassphrase: string): Promise<VaultHeader> {
  const params = newScryptParams();
  const kek = await derivePassphraseKey(nextPassphrase, params);
  const wrapped = wrapKey(dataKey, kek, wrapContext(header.vaultId, 'passphrase'));
  kek.fill(0);
  return { ...header, passphrase: { kdf: 'scrypt', ...params, wrapped } };
}
