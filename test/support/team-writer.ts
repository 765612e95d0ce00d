/**
 * One writer of the team concurrency trial, run as its own process: logs in to the team
 * database as one member and does `count` mixed writes through the real services (register
 * a request, in 2025 or 2026; ask for identity; record it verified), then prints one JSON
 * line saying what it committed. A write that fails is counted and named, never retried in
 * silence. Usage: team-writer.ts URL COUNT SEED
 */
import { createRequest } from '../../electron/core/requests/create-request';
import { transitionRequest } from '../../electron/core/requests/transition-request';
import { openTeamDatabase } from '../../electron/core/team/open-team-database';
import { unlockTeamFields } from '../../electron/core/team/team-data-key';
import { newRequestSchema, transitionSchema } from '../../electron/shared/requests';

const [url = '', countText = '0', seedText = '0'] = process.argv.slice(2);
const NOW = new Date('2026-04-10T08:00:00Z');

const db = openTeamDatabase(url, undefined);
const login = decodeURIComponent(new URL(url).username);
await unlockTeamFields(db, login, decodeURIComponent(new URL(url).password));
const created: { id: string; reference: string; status: string }[] = [];
const failures: string[] = [];
let transitions = 0;
try {
  for (let i = 0; i < Number(countText); i += 1) {
    const last = created.at(-1);
    try {
      if (last && last.status === 'received' && i % 3 === 1) {
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
process.stdout.write(`${JSON.stringify({ login, created, transitions, failures })}\n`);
