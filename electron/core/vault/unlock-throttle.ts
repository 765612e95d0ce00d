import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

/** Where a throttle keeps its state between runs; `load` returns null when there is none. */
export interface ThrottleStore {
  load(): ThrottleState | null;
  save(state: ThrottleState | null): void;
}

const throttleStateSchema = z.object({ failures: z.number().int().min(0), nextAllowedAt: z.number().min(0) }).strict();
export type ThrottleState = z.infer<typeof throttleStateSchema>;

/**
 * A store in a small file beside the vault (`.unlock-delay.json`), so the delay survives a
 * restart of the app and applies to the CLI as well. It holds two numbers, never a secret,
 * and nothing is written into the vault's database. A missing folder keeps it in memory;
 * an unreadable file counts as the strictest plausible state (one failure, no wait).
 */
export function fileThrottleStore(path: string): ThrottleStore {
  return {
    load() {
      if (!existsSync(path)) return null;
      try {
        const parsed = throttleStateSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
        return parsed.success ? parsed.data : { failures: 1, nextAllowedAt: 0 };
      } catch {
        return { failures: 1, nextAllowedAt: 0 };
      }
    },
    save(state) {
      if (!existsSync(dirname(path))) return;
      if (state === null) rmSync(path, { force: true });
      else writeFileAtomic(path, JSON.stringify(state));
    },
  };
}

/**
 * A growing delay after wrong secrets: 1 s after the first failure, doubling to at most
 * 60 s. Every path that checks a secret (unlock, change and reset of the passphrase, the
 * recovery sheet, restoring a backup, the CLI) goes through it. With a store, the state is
 * read before each check, so two processes over one vault share one delay.
 */
export class UnlockThrottle {
  private failures = 0;
  private nextAllowedAt = 0;

  constructor(
    private readonly now: () => number = Date.now,
    private readonly store: ThrottleStore | null = null,
  ) {}

  get failedAttempts(): number {
    this.reload();
    return this.failures;
  }

  retryAfterMs(): number {
    this.reload();
    return Math.max(0, this.nextAllowedAt - this.now());
  }

  recordFailure(): void {
    this.reload();
    this.failures += 1;
    this.nextAllowedAt = this.now() + Math.min(60_000, 1000 * 2 ** (this.failures - 1));
    this.store?.save({ failures: this.failures, nextAllowedAt: this.nextAllowedAt });
  }

  recordSuccess(): void {
    const had = this.failures > 0 || this.store?.load() !== null;
    this.failures = 0;
    this.nextAllowedAt = 0;
    if (had) this.store?.save(null);
  }

  private reload(): void {
    const state = this.store?.load();
    if (state) {
      this.failures = state.failures;
      this.nextAllowedAt = state.nextAllowedAt;
    }
  }
}
