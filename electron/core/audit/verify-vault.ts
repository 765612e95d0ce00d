import type { Kysely } from 'kysely';
import type { SqliteDatabase } from '../../../db/connection';
import type { Database } from '../../../db/schema';
import { checkCheckpoint, type ChainCheckpoint } from './chain-checkpoint';
import type { DataBreak } from './data-break';
import { breakReason } from './break-reason';
import type { AuditVerification } from './chain-walk';
import { CaseStateThread } from './case-state-thread';
import { CommitmentReplay, StateComparison, verifyCaseStates } from './verify-case-states';
import { verifyContentHashes } from './verify-content-hashes';
import { verifySchema } from './verify-schema';
import { verifyStoredChain } from './verify-audit-chain';

/** `audit verify`'s answer: the chain, the checkpoint kept outside the database, and a quoted head. */
export interface VaultVerification extends AuditVerification {
  /** The checkpoint in the header (length it pins), or null when none was written yet. */
  checkpointLength: number | null;
  /** The sequence number of the head hash given with `--head`, when one was given and found. */
  givenHeadSeq: number | null;
  /** Case field groups compared with their last commitment in the trail. */
  caseGroupsChecked: number;
  /** Stored files (attachments, documents) checked against their SHA-256. */
  filesChecked: number;
  /** Where the stored data disagrees with the trail, a stored hash, or the expected schema. */
  dataBreaks: DataBreak[];
}

/**
 * From this many events on, the case states are read on a second thread while this one walks
 * the chain; a shorter trail verifies in less time than a thread takes to start.
 */
const WORKER_FROM_EVENTS = 20_000;

/** The number of the trail's newest event (its length when intact). */
const trailLength = (sqlite: SqliteDatabase): number => (sqlite.prepare('SELECT max(seq) FROM audit_events').pluck().get() as number | null) ?? 0;

/** How far `audit verify` has got: events of the chain walked, or field groups of case data checked. */
export type VerifyProgress = (stage: 'events' | 'case-groups', done: number, total: number) => void;

/**
 * The data the trail vouches for: the schema (append-only and status triggers), every
 * stored file against its hash, and every case's field groups against the state its last
 * audited change committed to (replayed from the chain's events by `replay`; checked only
 * over an intact chain, so `replay` is null when the chain broke), read by `thread` when the
 * case states were read on a second thread, else here. Needs the raw connection (the checks
 * stream row by row).
 */
async function verifyData(
  sqlite: SqliteDatabase,
  replay: CommitmentReplay | null,
  thread: CaseStateThread | null,
  onProgress?: VerifyProgress,
): Promise<Pick<VaultVerification, 'caseGroupsChecked' | 'filesChecked' | 'dataBreaks'>> {
  if (!replay) thread?.stop();
  const schema = await verifySchema(sqlite);
  if (!replay) return { caseGroupsChecked: 0, filesChecked: 0, dataBreaks: schema };
  const files = verifyContentHashes(sqlite);
  const onGroup = onProgress && ((done: number, total: number) => onProgress('case-groups', done, total));
  const states = thread ? await thread.finish(sqlite, new StateComparison(replay), onGroup) : verifyCaseStates(sqlite, replay, onGroup);
  return { caseGroupsChecked: states.checked, filesChecked: files.checked, dataBreaks: [...schema, ...files.breaks, ...states.breaks] };
}

/**
 * Verifies the audit trail of an open vault: the hash chain itself (every event hashed,
 * every link followed, in one pass over a raw statement that also replays the events' case
 * state commitments) while, on a long trail, a second thread reads and hashes every case's
 * current state (see {@link CaseStateThread}; else, or where no worker can start, this thread
 * does after the walk), then the authenticated checkpoint (catches deleted newest events),
 * then, when `givenHead` is set, that the hash quoted on an earlier report is still an event
 * of this chain (so the trail has only grown since). The first failure is reported as the
 * break. With an intact chain it then checks the data against it ({@link verifyData}); any
 * data break fails the check too.
 */
export async function verifyVault(
  db: Kysely<Database>,
  sqlite: SqliteDatabase,
  keys: { dataKey: Buffer; vaultId: string; checkpoint: ChainCheckpoint | undefined },
  givenHead?: string,
  onProgress?: VerifyProgress,
): Promise<VaultVerification> {
  const replay = new CommitmentReplay();
  const thread = trailLength(sqlite) >= WORKER_FROM_EVENTS ? CaseStateThread.start(sqlite, keys.dataKey) : null;
  let chain: AuditVerification;
  try {
    chain = verifyStoredChain(sqlite, (seq, trackingStarted, states) => replay.event(seq, trackingStarted, states), onProgress && ((done, total) => onProgress('events', done, total)));
  } catch (error) {
    thread?.stop();
    throw error;
  }
  const data = await verifyData(sqlite, chain.ok ? replay : null, thread, onProgress);
  const result: VaultVerification = { ...chain, checkpointLength: keys.checkpoint?.length ?? null, givenHeadSeq: null, ...data, ok: chain.ok && data.dataBreaks.length === 0 };
  if (!chain.ok) return result;
  if (keys.checkpoint) {
    const reason = await checkCheckpoint(db, keys.checkpoint, keys.dataKey, keys.vaultId);
    if (reason) return { ...result, ok: false, firstBreak: { seq: keys.checkpoint.length, ...reason } };
  }
  return withGivenHead(db, result, givenHead);
}

/**
 * With `givenHead` (a head hash quoted on an earlier report): the verification with the
 * event it names, or broken at the head when it names none (the trail was rewritten since,
 * or it is another's). Without one, the verification as it is.
 */
export async function withGivenHead(db: Kysely<Database>, result: VaultVerification, givenHead: string | undefined): Promise<VaultVerification> {
  if (givenHead === undefined) return result;
  const event = await db.selectFrom('audit_events').select('seq').where('hash', '=', givenHead.toLowerCase()).executeTakeFirst();
  if (!event) {
    return { ...result, ok: false, firstBreak: { seq: result.eventCount, ...breakReason('msg.audit.break.headUnknown', { head: givenHead }) } };
  }
  return { ...result, givenHeadSeq: event.seq };
}
