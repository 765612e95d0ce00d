import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel | 'off', number> = { debug: 10, info: 20, warn: 30, error: 40, off: 100 };

/** The level from `DPO_DESK_LOG` (debug, info, warn, error or off); info when unset or unknown. */
export function logLevelFrom(env: NodeJS.ProcessEnv): LogLevel | 'off' {
  const raw = (env.DPO_DESK_LOG ?? '').trim().toLowerCase();
  return raw in ORDER ? (raw as LogLevel | 'off') : 'info';
}

/** Where the log lives: `logs/dpo-desk.log` beside the vault folder, in the app's data folder. */
export function logPathFor(vaultDir: string): string {
  return join(dirname(vaultDir), 'logs', 'dpo-desk.log');
}

export interface RotatingLogOptions {
  level?: LogLevel | 'off';
  /** Size at which the file is rotated (default 1 MiB). */
  maxBytes?: number;
  /** Rotated files kept besides the current one (default 3). */
  keep?: number;
  now?: () => Date;
}

/**
 * A size-capped log of JSON lines: when the file passes `maxBytes` it becomes `.1`, `.1`
 * becomes `.2` and so on, and the oldest is dropped. Callers write codes, channel names,
 * ids, timings and stack traces — never case data; `fields` takes only strings and numbers.
 */
export class RotatingLog {
  private readonly level: LogLevel | 'off';
  private readonly maxBytes: number;
  private readonly keep: number;
  private readonly now: () => Date;

  constructor(
    readonly path: string,
    options: RotatingLogOptions = {},
  ) {
    this.level = options.level ?? 'info';
    this.maxBytes = options.maxBytes ?? 1_048_576;
    this.keep = options.keep ?? 3;
    this.now = options.now ?? (() => new Date());
  }

  write(level: LogLevel, event: string, fields: Record<string, string | number> = {}): void {
    if (ORDER[level] < ORDER[this.level]) return;
    const line = JSON.stringify({ at: this.now().toISOString(), level, event, ...fields }) + '\n';
    try {
      mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
      if (existsSync(this.path) && statSync(this.path).size + line.length > this.maxBytes) this.rotate();
      appendFileSync(this.path, line, { mode: 0o600 });
    } catch {
      // A log that cannot be written (read-only disk) must never break the operation it describes.
    }
  }

  private rotate(): void {
    rmSync(`${this.path}.${this.keep}`, { force: true });
    for (let i = this.keep - 1; i >= 1; i--) {
      if (existsSync(`${this.path}.${i}`)) renameSync(`${this.path}.${i}`, `${this.path}.${i + 1}`);
    }
    renameSync(this.path, `${this.path}.1`);
  }
}
