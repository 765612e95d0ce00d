import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { activitySchema, type Activity, type ImportIssue, type ParsedActivity, type RegisterImport } from '../../shared/registers';
import { dataCategories } from '../../shared/breach-facts';
import { listActivities, writeActivity } from './activities';
import { CSV_COLUMNS, columnOf, legalBasisOf, type CsvColumn } from './csv-layout';
import { parseCsv } from './csv-parse';
import { saveMeasure } from './measures';
import { issueDetail } from '../api/zod-issues';
import { msg, renderText, type Message } from '../i18n';

type Cells = Partial<Record<CsvColumn, string>>;

/** An import problem as a catalogue message, with its English kept in `message` for scripts. */
function importIssue(row: number, column: string, detail: Message): ImportIssue {
  return { row, column, message: renderText('en', detail), detail };
}

/** Where each activity field comes from, for issues found by the schema. */
const FIELD_COLUMN: Record<string, CsvColumn> = {
  role: 'role', name: 'name', description: 'description', purposes: 'purposes', specialCategories: 'special_categories', subjectCategories: 'data_subjects',
  dataCategories: 'data_categories', breachCategories: 'breach_categories', processorIds: 'processors', transferIds: 'transfers', measureIds: 'measures', source: 'source', recipients: 'recipients', systems: 'systems', controllers: 'controllers', processingCategories: 'processing_categories',
  retention: 'retention', automatedDecisions: 'automated_decisions', owner: 'owner', dpiaStatus: 'dpia_status', subjectsEstimate: 'subjects_estimate',
  lastReviewedOn: 'last_review', reviewEveryMonths: 'review_every_months',
};

interface Lookups {
  processors: Map<string, string>;
  transfers: Map<string, string>;
  measures: Map<string, string>;
  references: Map<string, string>;
  activities: Map<string, Activity>;
}

async function lookups(db: Kysely<Database>): Promise<Lookups> {
  const lower = (rows: { id: string; key: string }[]) => new Map(rows.map((r) => [r.key.toLowerCase(), r.id]));
  const [p, t, m, a] = await Promise.all([
    db.selectFrom('register_processors').select(['id', 'name as key']).execute(),
    db.selectFrom('register_transfers').select(['id', 'recipient as key']).execute(),
    db.selectFrom('register_measures').select(['id', 'name as key']).execute(),
    db.selectFrom('register_activities').select(['id', 'reference as key']).execute(),
  ]);
  const activities = new Map((await listActivities(db)).map((activity) => [activity.id, activity]));
  return { processors: lower(p), transfers: lower(t), measures: lower(m), references: lower(a), activities };
}

/** One parsed row: the activity, the measures it names that the catalogue lacks, and its issues. */
interface RowResult {
  id: string | undefined;
  activity: ParsedActivity | null;
  newMeasures: string[];
  issues: ImportIssue[];
}

/**
 * An existing activity's values for the fields whose column the file leaves out, and for what
 * the layout does not carry (purpose notes, controllers' contacts, the linked retention rule).
 */
function keptFrom(existing: Activity, present: ReadonlySet<CsvColumn>, candidate: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = { retentionRuleId: existing.retentionRuleId };
  for (const [field, column] of Object.entries(FIELD_COLUMN)) {
    if (!present.has(column)) kept[field] = existing[field as keyof Activity];
  }
  if (present.has('purposes') && Array.isArray(candidate.purposes)) {
    kept.purposes = (candidate.purposes as { purpose: string }[]).map((p) => ({ ...p, note: existing.purposes.find((e) => e.purpose === p.purpose)?.note ?? '' }));
  }
  if (present.has('controllers')) {
    kept.controllers = (candidate.controllers as { name: string }[]).map((c) => ({ ...c, contact: existing.controllers.find((e) => e.name === c.name)?.contact ?? '' }));
  }
  if (!present.has('art9_condition') && present.has('purposes')) {
    kept.purposes = (kept.purposes as { purpose: string }[]).map((p) => ({ ...p, art9Condition: existing.purposes.find((e) => e.purpose === p.purpose)?.art9Condition ?? null }));
  }
  return kept;
}

function readRow(cells: Cells, row: number, listSep: RegExp, found: Lookups, present: ReadonlySet<CsvColumn>): RowResult {
  const issues: ImportIssue[] = [];
  const issue = (column: string, detail: Message) => issues.push(importIssue(row, column, detail));
  const list = (column: CsvColumn) => (cells[column] ?? '').split(listSep).map((s) => s.trim()).filter((s) => s !== '');
  const names = (column: CsvColumn, map: Map<string, string>, what: 'msg.error.register.import.notProcessor' | 'msg.error.register.import.notTransfer') =>
    list(column).flatMap((name) => {
      const id = map.get(name.toLowerCase());
      if (!id) issue(column, msg(what, { name }));
      return id ? [id] : [];
    });
  const purposes = list('purposes').map((item) => {
    const cut = item.lastIndexOf(':');
    const basis = cut < 0 ? null : legalBasisOf(item.slice(cut + 1));
    if (basis === null) issue('purposes', msg('msg.error.register.import.needsBasis', { item }));
    return { purpose: cut < 0 ? item : item.slice(0, cut).trim(), legalBasis: basis ?? '', art9Condition: cells.art9_condition?.trim() || null };
  });
  for (const category of list('breach_categories')) {
    if (!(dataCategories as readonly string[]).includes(category)) issue('breach_categories', msg('msg.error.register.import.notBreachCategory', { category, categories: dataCategories.join(', ') }));
  }
  const yes = (cells.special_categories ?? '').trim().toLowerCase();
  if (!['', 'yes', 'no', 'sì', 'si', 'true', 'false'].includes(yes)) issue('special_categories', msg('msg.error.register.import.yesNo'));
  const number = (column: CsvColumn) => {
    const raw = (cells[column] ?? '').trim();
    if (raw === '') return undefined;
    if (!/^\d+$/.test(raw)) issue(column, msg('msg.error.register.import.wholeNumber'));
    return Number(raw);
  };
  const role = (cells.role ?? '').trim().toLowerCase();
  const measureNames = list('measures');
  const candidate = {
    role: role === '' ? undefined : (({ titolare: 'controller', responsabile: 'processor' } as Record<string, string>)[role] ?? role),
    name: cells.name ?? '',
    description: cells.description,
    purposes,
    specialCategories: ['yes', 'sì', 'si', 'true'].includes(yes),
    subjectCategories: list('data_subjects'),
    breachCategories: list('breach_categories'),
    dataCategories: list('data_categories'),
    source: cells.source,
    recipients: list('recipients'),
    systems: list('systems'),
    controllers: list('controllers').map((name) => ({ name })),
    processingCategories: list('processing_categories'),
    retention: cells.retention,
    automatedDecisions: cells.automated_decisions,
    owner: cells.owner,
    dpiaStatus: (cells.dpia_status ?? '').trim() || undefined,
    subjectsEstimate: number('subjects_estimate'),
    lastReviewedOn: (cells.last_review ?? '').trim() || undefined,
    reviewEveryMonths: number('review_every_months'),
    processorIds: names('processors', found.processors, 'msg.error.register.import.notProcessor'),
    transferIds: names('transfers', found.transfers, 'msg.error.register.import.notTransfer'),
    measureIds: measureNames.flatMap((n) => found.measures.get(n.toLowerCase()) ?? []),
  };
  const reference = (cells.reference ?? '').trim();
  const id = reference === '' ? undefined : found.references.get(reference.toLowerCase());
  if (reference !== '' && !id) issue('reference', msg('msg.error.register.import.noActivity', { reference }));
  const existing = id === undefined ? undefined : found.activities.get(id);
  const parsed = activitySchema.safeParse(existing ? { ...candidate, ...keptFrom(existing, present, candidate) } : candidate);
  if (!parsed.success) {
    for (const zi of parsed.error.issues) {
      const column = FIELD_COLUMN[String(zi.path[0])] ?? String(zi.path[0] ?? 'name');
      if (!issues.some((i) => i.column === column)) issues.push({ row, column, message: zi.message, detail: issueDetail(zi) ?? msg('msg.error.invalid') });
    }
  }
  return { id, activity: parsed.success ? parsed.data : null, newMeasures: measureNames.filter((n) => !found.measures.has(n.toLowerCase())), issues };
}

/**
 * Imports activities from CSV in the documented layout (`CSV_COLUMNS`). Every row is
 * checked first; any issue (an unknown column, a missing name, a purpose without a legal
 * basis, a processor not in the register, …) is reported by row and column and nothing is
 * written. Otherwise all rows (and the new measures they name) are written in one
 * transaction, each with its audit event.
 */
export async function importRegisterCsv(db: Kysely<Database>, csv: string, today: string, actor: string, now: Date): Promise<RegisterImport> {
  const parsed = parseCsv(csv);
  if (parsed.unterminatedAt !== null) return { imported: 0, issues: [importIssue(parsed.unterminatedAt, '', msg('msg.error.register.import.unterminated'))] };
  const [header, ...rows] = parsed.records;
  if (!header || rows.length === 0) return { imported: 0, issues: [importIssue(1, '', msg('msg.error.register.import.noRows'))] };
  const columns = header.map(columnOf);
  const issues: ImportIssue[] = header.flatMap((h, i) =>
    columns[i] === null ? [importIssue(1, h, msg('msg.error.register.import.unknownColumn', { columns: CSV_COLUMNS.map((c) => c.key).join(', ') }))] : [],
  );
  if (!columns.includes('name')) issues.push(importIssue(1, 'name', msg('msg.error.register.import.nameRequired')));
  if (issues.length > 0) return { imported: 0, issues };
  const found = await lookups(db);
  const present = new Set(columns.filter((c): c is CsvColumn => c !== null));
  const listSep = parsed.delimiter === ';' ? /\r?\n|\|/ : /\r?\n|;/;
  const results = rows.map((record, i) => {
    const cells: Cells = {};
    columns.forEach((column, c) => {
      if (column) cells[column] = record[c] ?? '';
    });
    return readRow(cells, i + 2, listSep, found, present);
  });
  const all = results.flatMap((r) => r.issues);
  if (all.length > 0) return { imported: 0, issues: all };
  await db.transaction().execute(async (trx) => {
    for (const name of [...new Map(results.flatMap((r) => r.newMeasures).map((n) => [n.toLowerCase(), n])).values()]) {
      const measure = await saveMeasure(trx, undefined, { name, kind: 'technical', description: '' }, actor, now);
      found.measures.set(name.toLowerCase(), measure.id);
    }
    for (const r of results) {
      if (!r.activity) continue;
      const measureIds = r.newMeasures.flatMap((n) => found.measures.get(n.toLowerCase()) ?? []);
      await writeActivity(trx, r.id, { ...r.activity, measureIds: [...r.activity.measureIds, ...measureIds] }, today, actor, now);
    }
  });
  return { imported: results.length, issues: [] };
}
