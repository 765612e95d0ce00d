import { z } from 'zod';
import type { GeneratedFile } from '../generated-file';
import { channel, languageInput, noInput } from './define-channel';

export type VaultState = 'absent' | 'locked' | 'unlocked';

export interface VaultStatus {
  state: VaultState;
  /** The vault folder, shown in Settings → Security. */
  path: string;
  /** Why the vault last locked, so the unlock screen can say "locked after 10 minutes idle". */
  lockedBy: 'start' | 'user' | 'idle';
  autoLockMinutes: number | null;
  /** Failed unlock attempts since the last success; the delay grows with each. */
  failedAttempts: number;
  /** Milliseconds until the next unlock attempt is accepted (0 when none is pending). */
  retryAfterMs: number;
}

export interface PassphraseAssessment {
  /** 0 (trivial) to 4 (very strong), zxcvbn's scale. */
  score: 0 | 1 | 2 | 3 | 4;
  acceptable: boolean;
  /** log10 of the estimated guesses needed. */
  guessesLog10: number;
  warning: string | null;
  suggestions: string[];
}

const passphrase = z.string().min(1, 'Enter a passphrase').max(1024);
const recoveryKey = z.string().min(1).max(200);

/** The vault's lifecycle: create, unlock and lock, and the two ways to a new passphrase. */
export const vaultChannels = {
  'vault.status': channel(noInput).returns<VaultStatus>(),
  'vault.assessPassphrase': channel(z.object({ passphrase: z.string().max(1024), language: languageInput }).strict()).returns<PassphraseAssessment>(),
  'vault.create': channel(z.object({ passphrase }).strict()).returns<{ recoveryKey: string; status: VaultStatus }>(),
  'vault.recoverySheet': channel(z.object({ recoveryKey, language: languageInput }).strict()).returns<GeneratedFile>(),
  'vault.unlock': channel(
    z.object({ method: z.enum(['passphrase', 'recovery-key']), secret: z.string().min(1, 'Enter the secret').max(1024) }).strict(),
  ).returns<VaultStatus>(),
  'vault.lock': channel(noInput).returns<VaultStatus>(),
  'vault.changePassphrase': channel(z.object({ current: passphrase, next: passphrase }).strict()).returns<{ changed: true }>(),
  'vault.resetPassphrase': channel(z.object({ recoveryKey, next: passphrase }).strict()).returns<{ changed: true }>(),
};
