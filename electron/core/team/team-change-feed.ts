import type { ClientConfig } from 'pg';
import { z } from 'zod';
import { listenForChanges, type ChangeListener } from '../../../db/postgres/change-listener';
import type { TeamChange, TeamChanges } from '../../shared/contract/team';

/** The payload the team schema's trigger sends (`db/postgres/migrations/0004`); anything else is ignored. */
const payloadSchema = z.object({
  table: z.string().max(64),
  id: z.string().max(200).nullable(),
  kind: z.string().max(200),
  actor: z.string().max(200).nullable(),
  version: z.number().int().nullable(),
});

/** How many changes the feed keeps for a reader that fell behind; one further behind is told to resync. */
const KEPT = 500;

/**
 * The team's changes as the signed-in session heard them: a listener on its own connection
 * fills a short numbered list that the window reads from its last cursor ('team.changes').
 * A reconnect (changes may have been missed) and a reader further behind than the list both
 * read as one `resync` change.
 */
export class TeamChangeFeed {
  private readonly kept: TeamChange[] = [];
  private cursor = 0;
  private readonly listener: ChangeListener;

  constructor(config: ClientConfig) {
    this.listener = listenForChanges(config, {
      onPayload: (payload) => this.hear(payload),
      onListening: (reconnected) => {
        if (reconnected) this.push({ caseType: 'resync', caseId: null, kind: 'resync', actor: null, version: null });
      },
    });
  }

  /** The changes after `after` (null: none, only the cursor to start from). */
  changesAfter(after: number | null): TeamChanges {
    if (after === null || after >= this.cursor) return { cursor: this.cursor, changes: [] };
    const oldest = this.kept[0]?.seq ?? this.cursor + 1;
    if (after + 1 < oldest) return { cursor: this.cursor, changes: [{ seq: this.cursor, caseType: 'resync', caseId: null, kind: 'resync', actor: null, version: null }] };
    return { cursor: this.cursor, changes: this.kept.filter((change) => change.seq > after) };
  }

  /** Settles once the listener's first attempt to listen is over, heard or not (sign-in waits for it, so no change after it is missed). */
  started(): Promise<void> {
    return this.listener.firstAttempt;
  }

  close(): Promise<void> {
    return this.listener.close();
  }

  private hear(payload: string): void {
    let parsed: z.infer<typeof payloadSchema>;
    try {
      parsed = payloadSchema.parse(JSON.parse(payload));
    } catch {
      return;
    }
    this.push({ caseType: parsed.table, caseId: parsed.id, kind: parsed.kind, actor: parsed.actor, version: parsed.version });
  }

  private push(change: Omit<TeamChange, 'seq'>): void {
    this.cursor += 1;
    const numbered = { ...change, seq: this.cursor };
    this.kept.push(numbered);
    if (this.kept.length > KEPT) this.kept.shift();
  }
}
