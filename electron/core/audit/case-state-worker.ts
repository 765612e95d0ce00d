import { parentPort, workerData } from 'node:worker_threads';
import { openEncryptedDatabase, type SqliteDatabase } from '../../../db/connection';
import { eachCaseState } from './all-case-states';
import { coveredGroups } from './state-sql';
import { SNAPSHOT_FAILED, SNAPSHOT_TAKEN, STATES_PER_MESSAGE, type CaseStateMessage, type CaseStateWorkerData } from './case-state-thread';
import { StateBatch } from './state-batch';

/**
 * `audit verify`'s second thread: opens the vault read-only with the key it was handed,
 * starts a read transaction (its snapshot of the database), tells the waiting main thread so
 * through the shared flag, then reads and hashes every case's field groups as they are now
 * ({@link eachCaseState}) and posts them in batches, with its progress, while the main thread
 * walks the chain. Nothing is compared here: the main thread holds the trail's commitments.
 */
function run(data: CaseStateWorkerData, port: NonNullable<typeof parentPort>): void {
  const flag = new Int32Array(data.flag);
  const key = Buffer.from(data.key);
  let sqlite: SqliteDatabase;
  try {
    sqlite = openEncryptedDatabase(data.path, key, { create: false, readonly: true });
    sqlite.exec('BEGIN');
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    Atomics.store(flag, 0, SNAPSHOT_FAILED);
    Atomics.notify(flag, 0);
    throw error;
  } finally {
    key.fill(0);
    new Uint8Array(data.key).fill(0);
  }
  Atomics.store(flag, 0, SNAPSHOT_TAKEN);
  Atomics.notify(flag, 0);
  try {
    const batch = new StateBatch();
    const post = (message: CaseStateMessage) => port.postMessage(message);
    const flush = () => {
      if (batch.size > 0) post(batch.take());
    };
    eachCaseState(
      sqlite,
      coveredGroups(sqlite),
      (caseKey, group, hash) => {
        batch.add(caseKey, group, hash);
        if (batch.size >= STATES_PER_MESSAGE) flush();
      },
      (done, total) => {
        flush();
        post({ kind: 'progress', done, total });
      },
    );
    flush();
    post({ kind: 'done' });
    sqlite.exec('COMMIT');
  } finally {
    sqlite.close();
  }
}

if (parentPort) run(workerData as CaseStateWorkerData, parentPort);
