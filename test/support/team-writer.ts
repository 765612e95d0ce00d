/**
 * One writer of the team concurrency trial, run as its own process: logs in to the team
 * database as one member and does `count` mixed writes through the real services (register
 * a request, in 2025 or 2026; ask for identity; record it verified; every fourth write, a
 * note on one of the requests all writers share, made on the version it read as the app
 * does), then prints one JSON line saying what it committed. A stale version is refused as a
 * conflict: counted, the request read again and the note made again, as a person would
 * ("reload and redo"). Any other failing write is counted and named, never retried in
 * silence. Usage: team-writer.ts URL COUNT SEED SHARED_ID,SHARED_ID…
 */
import { VersionConflictError } from '../../electron/core/case-version/version-conflict-error';
import { versionCheckedDb } from '../../electron/core/case-version/version-checked-db';
import { loadRequest } from '../../electron/core/requests/load-request';
import { addNote } from '../../electron/core/requests/request-notes';
import { createRequest } from '../../electron/core/requests/create-request';
import { transitionRequest } from '../../electron/core/requests/transition-request';
import { openTeamDatabase } from '../../electron/core/team/open-team-database';
import { unlockTeamFields } from '../../electron/core/team/team-data-key';
import { newRequestSchema, transitionSchema } from '../../electron/shared/requests';

const [url = '', countText = '0', seedText = '0', sharedText = ''] = process.argv.slice(2);
const shared = sharedText.split(',').filter((id) => id !== '');
/** Redoing one note more often than this means something other than a colleague's edit is wrong. */
const MAX_REDOS = 200;
const NOW = new Date('2026-04-10T08:00:00Z');

const db = openTeamDatabase(url, undefined);
const login = decodeURIComponent(new URL(url).username);
await unlockTeamFields(db, login, decodeURIComponent(new URL(url).password));
const created: { id: string; reference: string; status: string }[] = [];
const failures: string[] = [];
let transitions = 0;
const notes: { requestId: string; text: string }[] = [];
const conflicts: { readVersion: number; currentVersion: number; changedBy: string | null }[] = [];

/** One note on a shared request, made on the version just read; on a conflict, read again and redo. */
async function noteOnShared(requestId: string, text: string): Promise<void> {
  for (let attempt = 0; attempt < MAX_REDOS; attempt += 1) {
    const { version } = await loadRequest(db, requestId);
    try {
      await addNote(versionCheckedDb(db, { caseType: 'request', idOrReference: requestId, expectedVersion: version }), requestId, text, login, NOW);
      notes.push({ requestId, text });
      return;
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      conflicts.push({ readVersion: error.conflict.readVersion, currentVersion: error.conflict.currentVersion, changedBy: error.conflict.changedBy });
    }
  }
  throw new Error(`note ${text} still in conflict after ${MAX_REDOS} reloads`);
}
try {
  for (let i = 0; i < Number(countText); i += 1) {
    const last = created.at(-1);
    try {
      if (shared.length > 0 && i % 4 === 3) {
        await noteOnShared(shared[(i + Number(seedText)) % shared.length] ?? '', `note ${login} ${i}`);
      } else if (last && last.status === 'received' && i % 3 === 1) {
        await transitionRequest(db, last.id, transitionSchema.parse({ to: 'awaiting-identity', method: 'id-document', reason: 'E-mail not linked to an account' }), login, NOW);
        last.status = 'awaiting-identity';
        transitions += 1;
      } else if (last && last.status === 'awaiting-identity' && i % 3 === 2) {
        await transitionRequest(db, last.id, transitionSchema.parse({ to: 'in-progress', identity: { method: 'id-document', outcome: 'verified' } }), login, NOW);
        last.status = 'in-progress';
        transitions += 1;
      } else {
        const year = (i + Number(seedText)) % 2 === 0 ? 2026 : 2025;
        const request = newRequestSchema.parse({
          regime: 'gdpr',
          types: ['access'],
          receivedAt: `${year}-03-31T10:00:00+02:00`,
          channel: 'email',
          subjectName: `Subject ${seedText}-${i}`,
          confirmOldReceipt: year === 2025,
        });
        const { id, reference } = await createRequest(db, request, login, NOW);
        created.push({ id, reference, status: 'received' });
      }
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
  }
} finally {
  await db.destroy();
}
process.stdout.write(`${JSON.stringify({ login, created, transitions, notes, conflicts, failures })}\n`);
