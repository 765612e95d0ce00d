import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema';
import { todayInZone } from '../../deadlines';
import { nextTurn } from '../../next-turn';
import type { LetterLanguage } from '../../../shared/document-contract';
import { loadBreachLabels } from '../../documents/letters/template-files';
import { loadRegisters } from '../../ropa/load-registers';
import { registerFindings } from '../../ropa/register-findings';
import { readSettings } from '../../settings/settings-service';
import type { AuditReport } from '../audit-report-types';
import { buildAuditReport, type BreachRegisterRow } from '../build-audit-report';
import type { WriteReportOptions } from '../write-audit-report';
import { drawFrontMatter, type FrontMatter } from './front-matter';
import { breachRegister, lateRegister, requestRegister } from './register-columns';
import { breachEffects } from './breach-effects';
import { breachRowNotes } from './breach-row-notes';
import { RegisterTable, type RegisterSpec } from './register-table';
import { openReportOutput } from './report-output';
import { createReportDocument, type ReportDocument, type ReportDocumentOptions } from './report-document';
import { loadReportLabels } from './report-labels';
import { reportWords } from './report-words';

/** The CSV writer's options (an aborted `signal` leaves nothing under the name asked for), and the PDF's language. */
export interface WritePdfOptions extends WriteReportOptions {
  /** The report's language; by default the organisation's letter language, else English. */
  language?: LetterLanguage;
}

/** Pieces waiting for compression beyond which the writer waits (some 20 pages' worth; a piece waits as plain bytes). */
const COMPRESSING = 16;

/**
 * Lets the compression and the file catch up, when more than {@link COMPRESSING} pieces wait
 * to be compressed or pdfkit has more than 1 MB waiting, and yields to I/O now and then.
 */
async function drain(doc: ReportDocument): Promise<void> {
  do {
    await new Promise((resolve) => setImmediate(resolve));
    await doc.compression.room(COMPRESSING);
  } while (doc.doc.readableLength > 1 << 20);
}

/** A register of the report: what it prints besides its rows, and how its rows are fed to a table. */
interface RegisterPart {
  spec: RegisterSpec;
  fill: (table: RegisterTable) => Promise<void>;
}

/**
 * Opens a register section on a new landscape page, or below the previous register (`after`, where it ended) when there
 * is room, and closes it once `fill` has drawn every row. Returns where it ended.
 */
async function drawRegister(doc: ReportDocument, part: RegisterPart, heights: number[], after: number | null): Promise<number> {
  const section = doc.doc.struct('Sect');
  doc.root.add(section);
  const table = new RegisterTable(doc, section, part.spec, true, heights);
  table.start(after);
  await part.fill(table);
  table.finish();
  section.end();
  return table.end();
}

/** The pages a register will take, laid out on the dry run's document without drawing, and where it ends. */
async function countRegister(dry: ReportDocument, part: RegisterPart, heights: number[], after: number | null): Promise<{ pages: number; end: number }> {
  const table = new RegisterTable(dry, null, part.spec, false, heights);
  table.start(after);
  await part.fill(table);
  table.finish();
  return { pages: table.pages(), end: table.end() };
}

/**
 * The requests still open past the legal deadline on the report's date, named with their due date and the days overdue,
 * for section 7 beside those answered late (lawyer review 5, E25); empty when there are none.
 */
function openOverdueNote(report: AuditReport, w: ReturnType<typeof reportWords>, asOf: string): string {
  const open = report.requests.openOverdue;
  if (open.length === 0) return '';
  // One held to its original deadline because its extension was not notified in time says so (Art. 12(3); review 6, F13).
  const key = (o: (typeof open)[number]) =>
    o.extensionInEffect === false ? (o.daysOverdue === 1 ? 'openOverdueItemOneExtension' : 'openOverdueItemExtension') : o.daysOverdue === 1 ? 'openOverdueItemOne' : 'openOverdueItem';
  const items = open.map((o) => w.t(key(o), { 'request.reference': o.reference, 'request.legalDue': o.legalDue, 'late.days': w.count(o.daysOverdue) }));
  return w.t('openOverdueNote', { 'report.asOf': w.date(asOf), 'register.list': items.join('; ') });
}

/** The separator of a request row's printed cells, kept as one string per row (no cell holds it). */
const CELL = '\u001f';

/** Every so many rows the writer reports progress, lets the file catch up (or the window be served) and sees whether it was stopped. */
const STEP = 400;

/**
 * Writes the audit report as a PDF/A-2b file: title, figures, the chart of requests per
 * month, the integrity statement, then the requests register, the requests answered late and
 * the breach register (with each breach's effects and remedial action) on landscape pages,
 * every page numbered "Page n of N". The vault is read once: the pass that makes the figures
 * also keeps each request's printed cells (one string per row, some 15 MB for 100,000
 * requests) and the breach rows. Everything is then laid out once without output to count
 * the pages (the registers measured row by row, not drawn), and written straight into the
 * file. `target` is a path (written beside it under a temporary name, renamed when
 * complete), or a stream. Progress as the CSV writer, plus `paging` while the pages are
 * counted; an aborted `signal` stops it within a few hundred rows.
 */
export async function writeAuditReportPdf(db: Kysely<Database>, target: string | Writable, options: WritePdfOptions): Promise<AuditReport> {
  const settings = await readSettings(db);
  const language = options.language ?? settings['organisation.letterLanguage'] ?? 'en';
  const words = reportWords(loadReportLabels(), language, settings['organisation.timeZone'] ?? 'UTC');
  const requests = requestRegister(words, options.withNames === true);
  const requestRows: string[] = [];
  let breaches: BreachRegisterRow[] = [];
  const report = await buildAuditReport(
    db,
    options.range,
    options.now,
    (stage, done, total) => {
      options.signal?.throwIfAborted();
      options.progress?.(stage, done, total);
    },
    { request: (row) => void requestRows.push(requests.cells(row).join(CELL)), breaches: (rows) => (breaches = rows) },
  );
  const today = todayInZone(report.timeZone, options.now);
  const findings = registerFindings(await loadRegisters(db), today);
  const front: FrontMatter = { report, words, breachLabels: loadBreachLabels(), asOf: options.range.to < today ? options.range.to : today, registerFindings: { findings, today } };
  const range = { 'range.from': report.from, 'range.to': report.to };
  const meta: Omit<ReportDocumentOptions, 'furniture'> = {
    language,
    title: `${words.t('title')} ${report.from} – ${report.to}`,
    subject: words.t('subtitle'),
    author: report.organisation ?? 'DPO Desk',
    keywords: ['DPO Desk', 'audit report', report.from, report.to, language],
    createdAt: options.now,
  };

  const requestTitle = words.t('requestRegister');
  const late = lateRegister(words);
  const lateTitle = words.t('lateRegister');
  const lateCount = (key: 'legalDaysLate' | 'commitmentDaysLate') => words.count(report.requests.late.filter((a) => (a[key] ?? 0) > 0).length);
  // Made once for both passes: on a large vault it names tens of thousands of requests open past the deadline.
  const lateNote = [
    words.t('lateRegisterNote', { 'register.count': words.count(report.requests.late.length), 'register.legal': lateCount('legalDaysLate'), 'register.commitment': lateCount('commitmentDaysLate') }),
    openOverdueNote(report, words, front.asOf),
  ]
    .join(' ')
    .trim();
  const breachSpec = breachRegister(words, front.breachLabels);
  const breachTitle = words.t('breachRegister');
  const effects = await breachEffects(db, breaches.map((b) => b.id), front.breachLabels, words, report.timeZone);
  const notes = await breachRowNotes(db, breaches, effects, options.now, words);
  const parts = (writing: boolean): RegisterPart[] => [
    {
      spec: {
        title: requestTitle,
        continued: words.t('continued', { 'register.title': requestTitle }),
        // With requests handled as processor, the note says what their "—" and the agreement's facts mean (review 6, F4).
        note: [
          words.t(options.withNames ? 'requestRegisterNoteNames' : 'requestRegisterNote', { 'register.count': words.count(report.requests.received) }),
          ...(report.requests.asProcessor.received > 0 ? [words.t('processorRegisterNote')] : []),
        ].join(' '),
        empty: words.t('noRequests'),
        columns: requests.columns,
      },
      fill: async (table) => {
        const total = requestRows.length;
        for (let done = 0; done < total; done += 1) {
          table.row((requestRows[done] as string).split(CELL));
          // Drawn rows are not read again: their text is let go as the file grows (some 15 MB for 100,000 requests).
          if (writing) requestRows[done] = '';
          if ((done + 1) % STEP === 0 || done + 1 === total) {
            options.signal?.throwIfAborted();
            options.progress?.(writing ? 'writing' : 'paging', done + 1, total);
            if (writing) await drain(doc);
            else await nextTurn();
          }
        }
      },
    },
    {
      spec: {
        title: lateTitle,
        continued: words.t('continued', { 'register.title': lateTitle }),
        note: lateNote,
        empty: words.t('noLate'),
        columns: late.columns,
      },
      fill: async (table) => report.requests.late.forEach((row) => table.row(late.cells(row))),
    },
    {
      spec: {
        title: breachTitle,
        continued: words.t('continued', { 'register.title': breachTitle }),
        note: words.t('breachRegisterNote', { 'register.count': words.count(breaches.length), 'register.zone': report.timeZone }),
        empty: words.t('noBreaches'),
        columns: breachSpec.columns,
      },
      fill: async (table) => breaches.forEach((row) => table.row(breachSpec.cells(row, effects.get(row.id), notes.get(row.id)), notes.get(row.id)?.note ?? null)),
    },
  ];

  const dry = createReportDocument({ ...meta, furniture: null });
  // The dry run's bytes (and a compression of them that failed) are thrown away.
  dry.doc.on('data', () => undefined);
  dry.doc.on('error', () => undefined);
  drawFrontMatter(dry, front);
  let total = dry.pages();
  // Each register's row heights, measured while counting and taken again while drawing.
  const heights: number[][] = [];
  // The first register opens the landscape pages; each later one may follow on the page where the one before it ended.
  let after: number | null = null;
  for (const part of parts(false)) {
    const measured: number[] = [];
    heights.push(measured);
    const counted = await countRegister(dry, part, measured, after);
    total += counted.pages;
    after = counted.end;
  }
  dry.doc.end();

  const out = openReportOutput(target);
  const doc = createReportDocument({
    ...meta,
    furniture: {
      footer: words.t('footer', { 'organisation.name': report.organisation ?? 'DPO Desk', ...range }),
      pageLabel: (n) => words.t('page', { 'page.number': words.count(n), 'page.count': words.count(total) }),
    },
  });
  doc.doc.pipe(out.stream);
  // A compression that fails destroys the document, which then never ends the file: the error is the report's.
  const failed = new Promise<never>((_, reject) => doc.doc.once('error', reject));
  failed.catch(() => undefined);
  try {
    drawFrontMatter(doc, front);
    let ended: number | null = null;
    for (const [i, part] of parts(true).entries()) ended = await drawRegister(doc, part, heights[i] ?? [], ended);
    doc.root.end();
    doc.doc.end();
    await Promise.race([finished(out.stream), failed]);
    out.commit();
  } catch (error) {
    out.discard();
    throw error;
  }
  return report;
}
