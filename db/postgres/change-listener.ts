import pg, { type ClientConfig } from 'pg';

/** The channel the team schema's audit trigger announces every audited change on (`migrations/0004`). */
export const CHANGES_CHANNEL = 'dpo_desk_changes';

/** What the listener tells its owner. */
export interface ChangeListenerOptions {
  /** One NOTIFY's payload, as the server sent it (JSON text). */
  onPayload(payload: string): void;
  /**
   * The connection is listening: at first, and again after a drop. Changes made while it was
   * down were not heard, so the owner treats a reconnect as "anything may have changed".
   */
  onListening(reconnected: boolean): void;
  /** How long to wait before the n-th attempt to reconnect (default: 0.5 s doubling up to 30 s). */
  retryDelayMs?(attempt: number): number;
}

/** A running listener; `close` ends it for good (no reconnect). */
export interface ChangeListener {
  /** Settles once the first attempt to listen has succeeded or failed (it never rejects). */
  firstAttempt: Promise<void>;
  close(): Promise<void>;
}

const defaultDelay = (attempt: number): number => Math.min(30_000, 500 * 2 ** attempt);

/**
 * Listens for the team's changes on one dedicated connection (LISTEN needs a connection of its
 * own: a pooled one goes back to the pool and stops hearing). A connection that fails or that
 * the server drops (a restart, an administrator, a network cut) is replaced after a growing
 * delay, for as long as the listener is open; no error reaches the process (the desktop app's
 * main process must not end because a server went away).
 */
export function listenForChanges(config: ClientConfig, options: ChangeListenerOptions): ChangeListener {
  const delay = options.retryDelayMs ?? defaultDelay;
  let current: pg.Client | null = null;
  let closed = false;
  let attempt = 0;
  let heardBefore = false;
  let retry: ReturnType<typeof setTimeout> | null = null;

  const drop = (client: pg.Client): void => {
    if (current !== client) return;
    current = null;
    client.end().catch(() => undefined);
    if (closed) return;
    retry = setTimeout(() => void connect(), delay(attempt));
    retry.unref();
    attempt += 1;
  };

  const connect = async (): Promise<void> => {
    retry = null;
    if (closed) return;
    const client = new pg.Client({ ...config, application_name: 'dpo-desk-listen' });
    current = client;
    client.on('error', () => drop(client));
    client.on('end', () => drop(client));
    client.on('notification', (message) => {
      if (message.channel === CHANGES_CHANNEL && message.payload) options.onPayload(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch {
      drop(client);
      return;
    }
    if (current !== client) return;
    attempt = 0;
    options.onListening(heardBefore);
    heardBefore = true;
  };

  return {
    firstAttempt: connect(),
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const client = current;
      current = null;
      await client?.end().catch(() => undefined);
    },
  };
}
