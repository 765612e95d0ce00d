import type { Registers } from '../../shared/registers';
import type { Settings } from '../../shared/settings';
import { formatCivilDate } from '../documents/letters/format-date';
import { drawGrid, gridKeep } from '../reports/report-pdf/grid-table';
import { createReportDocument, type ReportDocument, type ReportFurniture } from '../reports/report-pdf/report-document';
import { heading, paragraph } from '../reports/report-pdf/report-text';
import { COLOR, LANDSCAPE, SIZE } from '../reports/report-pdf/report-style';
import { registerTables, type RegisterTable } from './register-pdf-tables';
import { registerWords } from './register-pdf-words';

type Language = 'en' | 'it';

/** What the register PDF is drawn from besides the registers. */
export interface RegisterPdfContext {
  settings: Pick<Settings, 'organisation.name' | 'organisation.address' | 'organisation.dpoName' | 'organisation.dpoEmail'>;
  language: Language;
  /** Today in the organisation's zone. */
  today: string;
  now: Date;
}

function draw(report: ReportDocument, registers: Registers, ctx: RegisterPdfContext): void {
  const w = registerWords(ctx.language);
  const tables = registerTables(registers, ctx.language);
  const { root } = report;
  report.addPage(LANDSCAPE);
  heading(report, root, 'H1', w('title'), 20);
  paragraph(report, root, w('subtitle'), { color: COLOR.muted });
  const organisation = [ctx.settings['organisation.name'], ctx.settings['organisation.address']?.replace(/\s*\n\s*/g, ', ')].filter(Boolean).join(', ');
  if (organisation) paragraph(report, root, `${w('organisation')}: ${organisation}`);
  const dpo = [ctx.settings['organisation.dpoName'], ctx.settings['organisation.dpoEmail']].filter(Boolean).join(', ');
  if (dpo) paragraph(report, root, `${w('dpo')}: ${dpo}`);
  paragraph(report, root, `${w('asOf')} ${formatCivilDate(ctx.today, ctx.language)} · ${w('counts', { a: registers.activities.length, p: registers.processors.length, t: registers.transfers.length })}`, {
    size: SIZE.small,
    color: COLOR.muted,
  });
  const section = (title: string, table: RegisterTable) => {
    const sect = report.doc.struct('Sect');
    root.add(sect);
    // The heading kept with its table: the whole of a short one, which moves to a new page whole (review 4, D22).
    heading(report, sect, 'H2', title, table.rows.length === 0 ? 50 : gridKeep(report, table.columns, table.rows));
    if (table.rows.length === 0) paragraph(report, sect, w('none'));
    else drawGrid(report, sect, table.columns, table.rows, w('continued', { s: title }));
    sect.end();
  };
  section(w('controllerSection'), tables.controller);
  section(w('processorSection'), tables.processor);
  section(w('processorsSection'), tables.processors);
  section(w('transfersSection'), tables.transfers);
  section(w('measuresSection'), tables.measures);
  root.end();
}

function render(registers: Registers, ctx: RegisterPdfContext, furniture: ReportFurniture | null): Promise<{ pdf: Buffer; pages: number }> {
  const w = registerWords(ctx.language);
  const report = createReportDocument({
    language: ctx.language,
    title: w('title'),
    subject: w('subtitle'),
    author: ctx.settings['organisation.name'] ?? 'DPO Desk',
    keywords: ['DPO Desk', 'Art. 30', 'ROPA', ctx.language],
    createdAt: ctx.now,
    furniture,
  });
  const chunks: Buffer[] = [];
  report.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    report.doc.on('end', resolve);
    report.doc.on('error', reject);
  });
  draw(report, registers, ctx);
  report.doc.end();
  return done.then(() => ({ pdf: Buffer.concat(chunks), pages: report.pages() }));
}

/**
 * The register as an inspector reads it: a tagged PDF/A-2b on A4 landscape pages, the
 * controller's activities (Art. 30(1)), then those as processor (Art. 30(2)), processors,
 * transfers and the measures catalogue, each a table whose header repeats on every page,
 * every page numbered "Page n of N" (counted by a first pass without furniture).
 */
export async function renderRegisterPdf(registers: Registers, ctx: RegisterPdfContext): Promise<Buffer> {
  const w = registerWords(ctx.language);
  const { pages } = await render(registers, ctx, null);
  const footer = w('footer', { o: ctx.settings['organisation.name'] ?? 'DPO Desk' });
  const { pdf } = await render(registers, ctx, { footer, pageLabel: (n) => w('page', { n, t: pages }) });
  return pdf;
}
