import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../errors';
import { writeFileAtomic } from './atomic-write';
import { msg } from '../i18n';

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);
const wrappedKey = z.object({ iv: base64, tag: base64, ciphertext: base64 }).strict();

/**
 * The vault header (`vault.json`): everything needed to recover the data key, and nothing
 * that reveals it. The data key appears only wrapped, once per unlock method.
 */
export const vaultHeaderSchema = z
  .object({
    format: z.literal('dpo-desk-vault'),
    version: z.literal(1),
    vaultId: z.uuid(),
    createdAt: z.iso.datetime(),
    database: z.object({ file: z.literal('vault.db'), cipher: z.literal('sqlcipher-4-raw-key') }).strict(),
    passphrase: z
      .object({
        kdf: z.literal('scrypt'),
        N: z.number().int().min(2 ** 14),
        r: z.number().int().min(1),
        p: z.number().int().min(1),
        salt: base64,
        wrapped: wrappedKey,
      })
      .strict(),
    recoveryKey: z.object({ kdf: z.literal('hkdf-sha256'), salt: base64, wrapped: wrappedKey }).strict(),
    /** The audit chain's length and head hash at the last lock or backup, authenticated (see chain-checkpoint). */
    chain: z
      .object({ length: z.number().int().min(1), headHash: z.string().regex(/^[0-9a-f]{64}$/), mac: base64 })
      .strict()
      .optional(),
  })
  .strict();

export type VaultHeader = z.infer<typeof vaultHeaderSchema>;

/** The associated data that binds a wrapped key to its vault and slot. */
export function wrapContext(vaultId: string, slot: 'passphrase' | 'recovery-key'): string {
  return `dpo-desk-vault:v1:${vaultId}:${slot}`;
}

/**
 * Reads and checks the header. Missing, truncated, foreign or future files are clear
 * errors that name the file; nothing is ever created in their place.
 */
export function readVaultHeader(path: string): VaultHeader {
  if (!existsSync(path)) throw new AppError('VAULT_CORRUPT', msg('msg.error.vault.headerMissing', { path }));
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new AppError('VAULT_CORRUPT', msg('msg.error.vault.headerUnreadable', { path, cause: error instanceof Error ? error.message : String(error) }));
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError('VAULT_CORRUPT', msg('msg.error.vault.headerNotJson', { path }));
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== 'dpo-desk-vault') {
    throw new AppError('VAULT_CORRUPT', msg('msg.error.vault.headerForeign', { path }));
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > 1) {
    throw new AppError('VAULT_FROM_FUTURE', msg('msg.error.vault.headerFromFuture', { path, version }));
  }
  const parsed = vaultHeaderSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('VAULT_CORRUPT', msg('msg.error.vault.headerDamaged', { path, field: issue ? issue.path.join('.') : '—' }));
  }
  return parsed.data;
}

/** Writes the header atomically (temp file, fsync, rename). */
export function writeVaultHeader(path: string, header: VaultHeader): void {
  writeFileAtomic(path, JSON.stringify(vaultHeaderSchema.parse(header), null, 2) + '\n');
}
