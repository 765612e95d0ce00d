import type { CommitmentBeyondLaw, LegalPeriod } from '../../../shared/commitment-check';
import { addDays } from '../../../shared/pure/civil-date';
import type { ReportCommitments } from '../../../shared/reports';
import type { ReportDocument } from './report-document';
import { COLOR, SIZE } from './report-style';
import { heading, paragraph } from './report-text';
import type { ReportWords } from './report-words';

const WHAT = { response: 'commitmentWhatResponse', complexResponse: 'commitmentWhatComplex', acknowledge: 'commitmentWhatAcknowledge' } as const;

/** A legal period in words: "one month", "3 months", "45 calendar days", "15 business days". */
function periodText(period: LegalPeriod, w: ReportWords): string {
  const amount = { 'p.amount': w.count(period.amount) };
  if (period.unit === 'months') return period.amount === 1 ? w.t('legalPeriodMonth') : w.t('legalPeriodMonths', amount);
  return w.t(period.unit === 'calendar-days' ? 'legalPeriodCalendarDays' : 'legalPeriodBusinessDays', amount);
}

/** A request type's name inside a sentence: its first letter in lower case, unless it begins an acronym ("CCPA"). */
function inSentence(name: string, w: ReportWords): string {
  const [first = '', second = ''] = name;
  return second !== '' && second === second.toLocaleLowerCase(w.language) ? first.toLocaleLowerCase(w.language) + name.slice(1) : name;
}

/**
 * The request types a sentence names, as a list read in the sentence ("le richieste di revoca
 * del consenso e di opposizione al marketing", "requests for consent withdrawal and marketing
 * opt-out"), not as a register's codes with capitals and commas (review 7, G7).
 */
function typesList(types: readonly string[], w: ReportWords): string {
  const names = types.map((type) => w.t('commitmentTypeItem', { 'c.type': inSentence(w.code(w.labels.types, type), w) }));
  const last = names.pop() ?? '';
  return names.length === 0 ? last : w.t('commitmentTypesAnd', { 'c.first': names.join(', '), 'c.last': last });
}

/** The last receipt date tried: a year and a day from 1 January 2026 ends on 1 January 2027, which the report says (review 4, D24). */
const lastTried = (from: string, tried: number): string => addDays(from, tried - 1);

/** One finding as the report's sentence: which promise, which law and period, how often, and one dated example. */
function flagText(f: CommitmentBeyondLaw, from: string, w: ReportWords): string {
  return w.t('commitmentBeyondLaw', {
    'c.what': w.t(WHAT[f.commitment]),
    'c.days': w.count(f.days),
    'c.period': periodText(f.legal, w),
    'c.citation': w.citation(f.legal.citationId),
    'c.types': f.allTypes ? w.t('commitmentTypesAll') : w.t('commitmentTypesSome', { 'c.list': typesList(f.types, w) }),
    'c.later': w.count(f.datesLater),
    'c.tried': w.count(f.datesTried),
    'c.from': w.date(from),
    'c.to': w.date(lastTried(from, f.datesTried)),
    'c.received': w.date(f.example.received),
    'c.legalDate': w.date(f.example.legalDate),
    'c.commitmentDate': w.date(f.example.commitmentDate),
  });
}

/**
 * Once for each regime flagged that has request types due on receipt (GDPR / UK GDPR Arts 21(3), 7(3)): the
 * commitment does not apply to them, so "every type of request" is read without them (review 4, D1).
 */
function notAppliedTexts(findings: readonly CommitmentBeyondLaw[], w: ReportWords): string[] {
  const seen = new Map<string, CommitmentBeyondLaw['notApplied']>();
  for (const f of findings) if (f.notApplied.types.length > 0 && !seen.has(f.regime)) seen.set(f.regime, f.notApplied);
  // The citations name the law (GDPR, UK GDPR): the regime is not printed before them (review C35).
  return [...seen.values()].map((n) =>
    w.t('commitmentNotApplied', {
      'c.list': typesList(n.types, w),
      'c.citations': w.citations(n.citationIds),
    }),
  );
}

/**
 * The commitments in words: what was promised, leaving out what was not (or that nothing was), then one sentence per
 * commitment that ends later than the law allows, and the request types it does not apply to, or that none does.
 */
export function commitmentTexts(c: ReportCommitments, w: ReportWords): { stated: string; flags: string[]; notApplied: string[]; withinLaw: string | null } {
  if (c.responseDays === null && c.complexResponseDays === null && c.acknowledgeDays === null) return { stated: w.t('commitmentsNone'), flags: [], notApplied: [], withinLaw: null };
  const promised = (
    [
      ['commitmentResponse', c.responseDays],
      ['commitmentComplex', c.complexResponseDays],
      ['commitmentAcknowledge', c.acknowledgeDays],
    ] as const
  ).flatMap(([key, days]) => (days === null ? [] : [w.t(key, { 'c.days': w.count(days) })]));
  const stated = w.t('commitmentsStated', { 'c.list': promised.join('; ') });
  const flags = c.beyondLaw.map((f) => flagText(f, c.triedFrom, w));
  return { stated, flags, notApplied: notAppliedTexts(c.beyondLaw, w), withinLaw: flags.length === 0 ? w.t('commitmentsWithinLaw', { 'c.tried': w.count(c.datesTried), 'c.from': w.date(c.triedFrom), 'c.to': w.date(lastTried(c.triedFrom, c.datesTried)) }) : null };
}

/** The commitments under their own heading in the summary, each flag in the warning colour. */
export function drawCommitments(doc: ReportDocument, parent: PDFKit.PDFStructureElement, c: ReportCommitments, w: ReportWords): void {
  const texts = commitmentTexts(c, w);
  heading(doc, parent, 'H2', w.t('commitmentsHeading'), 40);
  paragraph(doc, parent, texts.stated);
  for (const flag of texts.flags) paragraph(doc, parent, flag, { color: COLOR.draft });
  for (const note of texts.notApplied) paragraph(doc, parent, note);
  if (texts.withinLaw) paragraph(doc, parent, texts.withinLaw, { size: SIZE.small, color: COLOR.muted });
}
