import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEncryptedDatabase, openPlainDatabase, type SqliteDatabase } from '../../db/connection';
import { VaultSession } from '../../electron/core/vault/vault-session';
import { round, timeMsAsync } from './measure';
import { createRequestLikeTable, insertRequestLikeRows, mixedReadWorkload } from './sqlite-workload';
import { performance } from 'node:perf_hooks';
import { requestWorkloads } from './request-workloads';
import { auditReportWorkload } from './report-workload';
import { triagePerCaseUs } from './triage-workload';
import { dashboardWorkload } from './dashboard-workload';
import { letterWorkload } from './letter-workload';
import { backupWorkload } from './backup-workload';
import { calendarWorkload } from './calendar-workload';
import { uiBench } from './ui-bench';
import { cipherWorkload } from './cipher-workload';
import { teamBench } from './team-bench';
import { teamFigures } from './team-figures';

/**
 * `npm run bench`: one line per figure; `npm run bench -- --json`: one JSON object.
 * Ratios compare the same workload in the same run, so they travel between machines
 * better than absolute times.
 */
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const BATCH = 1_000;
const PASSPHRASE = 'lantern-orchard-cobalt-tide-91';
const json = process.argv.includes('--json');
const dir = mkdtempSync(join(tmpdir(), 'dpo-desk-bench-'));
const figures: Record<string, number> = {};
const progress = (message: string) => process.stderr.write(`${message}\n`);

/** How long the inserts and the reads of one run took. */
interface SqliteTiming {
  insertMs: number;
  readMs: number;
}

function insertAndReadMs(db: SqliteDatabase): SqliteTiming {
  createRequestLikeTable(db);
  const start = performance.now();
  insertRequestLikeRows(db, ROWS, BATCH);
  const insertMs = performance.now() - start;
  const readMs = mixedReadWorkload(db, ROWS);
  db.close();
  return { insertMs, readMs };
}

/** The faster of two runs of each kind, plain and encrypted alternating, each into a new file: the first run pays the warm-up. */
function fasterOfTwo(key: Buffer): { plain: SqliteTiming; encrypted: SqliteTiming } {
  const runs = { plain: [] as SqliteTiming[], encrypted: [] as SqliteTiming[] };
  for (const round of [1, 2]) {
    progress(`sqlite: ${ROWS} rows, plain then encrypted, round ${round} of 2…`);
    runs.plain.push(insertAndReadMs(openPlainDatabase(join(dir, `plain-${round}.db`))));
    runs.encrypted.push(insertAndReadMs(openEncryptedDatabase(join(dir, `encrypted-${round}.db`), key, { create: true })));
  }
  const faster = (list: SqliteTiming[]) => ({ insertMs: Math.min(...list.map((r) => r.insertMs)), readMs: Math.min(...list.map((r) => r.readMs)) });
  return { plain: faster(runs.plain), encrypted: faster(runs.encrypted) };
}

try {
  const key = randomBytes(32);
  const { plain, encrypted } = fasterOfTwo(key);
  figures['sqlite.insert.encryptedOverPlain'] = round(encrypted.insertMs / plain.insertMs);
  figures['sqlite.read.encryptedOverPlain'] = round(encrypted.readMs / plain.readMs);
  figures['sqlite.insert.encryptedMs'] = round(encrypted.insertMs, 0);
  figures['sqlite.read.encryptedMs'] = round(encrypted.readMs, 1);

  progress(`requests: ${ROWS} requests in a vault, plain and encrypted…`);
  const plainRequests = await requestWorkloads(openPlainDatabase(join(dir, 'plain-requests.db')), ROWS);
  let report = { ms: 0, cpuMs: 0, peakMb: 0 };
  let reportPdf = { ms: 0, cpuMs: 0, mainCpuMs: 0, peakMb: 0 };
  let dashboard = { loadMs: 0 };
  let calendar: Record<string, number> = {};
  const encryptedRequests = await requestWorkloads(openEncryptedDatabase(join(dir, 'encrypted-requests.db'), key, { create: true }), ROWS, async (db) => {
    progress(`report: audit report over ${ROWS} requests…`);
    report = await auditReportWorkload(db);
    progress(`report: audit report as PDF over ${ROWS} requests…`);
    reportPdf = await auditReportWorkload(db, 'pdf');
    progress(`dashboard: the morning view over ${ROWS} requests and 1,000 breaches…`);
    dashboard = await dashboardWorkload(db, 1_000);
    progress(`calendar: the month view and the agenda over ${ROWS} requests…`);
    calendar = await calendarWorkload(db);
  });
  figures['report.auditMs'] = round(report.ms, 0);
  figures['report.auditPeakMb'] = round(report.peakMb, 1);
  figures['report.auditPdfMs'] = round(reportPdf.ms, 0);
  figures['report.auditPdfPeakMb'] = round(reportPdf.peakMb, 1);
  figures['report.auditPdfCpuMs'] = round(reportPdf.cpuMs, 0);
  figures['report.auditPdfMainCpuMs'] = round(reportPdf.mainCpuMs, 0);
  figures['dashboard.loadMs'] = round(dashboard.loadMs, 1);
  for (const [name, value] of Object.entries(calendar)) figures[name] = round(value, 1);
  figures['requests.listPageMs'] = round(encryptedRequests.listPageMs, 1);
  figures['requests.dashboardCountsMs'] = round(encryptedRequests.countsMs, 1);
  figures['requests.listPage.encryptedOverPlain'] = round(encryptedRequests.listPageMs / plainRequests.listPageMs);
  figures['requests.dashboardCounts.encryptedOverPlain'] = round(encryptedRequests.countsMs / plainRequests.countsMs);

  progress('pdf: one request letter through the service, and the same text in bare pdfkit…');
  const letter = await letterWorkload(join(dir, 'letters'));
  figures['pdf.letterMs'] = round(letter.letterMs, 1);
  figures['pdf.letterOverBarePdfkit'] = round(letter.letterMs / letter.bareMs);

  progress(`backup: verified backup and restore of a vault of ${ROWS} requests…`);
  const backup = await backupWorkload(join(dir, 'backup'), ROWS, PASSPHRASE);
  figures['backup.auditEvents'] = backup.auditEvents;
  figures['backup.verifyMs'] = round(backup.verifyMs, 0);
  figures['backup.backupMs'] = round(backup.backupMs, 0);
  figures['backup.restoreMs'] = round(backup.restoreMs, 0);
  figures['backup.databaseMb'] = round(backup.databaseMb, 1);

  progress('vault: create and unlock…');
  const session = new VaultSession({ dir: join(dir, 'vault'), actor: 'bench' });
  await session.create(PASSPHRASE);
  await session.lock();
  figures['triage.perCaseUs'] = round(triagePerCaseUs(), 1);
  figures['vault.unlockMs'] = round(await timeMsAsync(async () => void (await session.unlock('passphrase', PASSPHRASE))), 0);
  await session.lock();
  progress('sqlite: the same inserts under each cipher SQLite3MultipleCiphers offers…');
  for (const [name, value] of Object.entries(cipherWorkload(dir, Math.min(ROWS, 20_000)))) figures[name] = round(value);
  Object.assign(figures, await uiBench(dir, PASSPHRASE, progress));
  const team = await teamBench(ROWS, progress);
  if ('skipped' in team) progress(`team: ${team.skipped}`);
  else Object.assign(figures, teamFigures(team.figures, figures));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (json) {
  process.stdout.write(JSON.stringify(figures) + '\n');
} else {
  for (const [name, value] of Object.entries(figures)) process.stdout.write(`${name} ${value}\n`);
}
