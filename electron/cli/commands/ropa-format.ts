import type { Activity, Processor, Transfer } from '../../shared/registers';
import type { CliText } from '../cli-text';
import { inWords } from '../code-labels';
import { ART9_LABELS, DPIA_STATUS_LABELS, GROUND_LABELS, LEGAL_BASIS_LABELS, SCC_MODULE_LABELS } from '../../core/ropa/register-labels';

/** One line of the activity list: reference, role, name, legal bases, next review. */
export function activityLine(a: Activity, x: CliText): string {
  const bases = [...new Set(a.purposes.map((p) => inWords(x.language, LEGAL_BASIS_LABELS, p.legalBasis)))].join(', ') || x.t('msg.cli.ropa.noLegalBasis');
  return `${a.reference}  ${a.role === 'processor' ? 'P' : 'C'}  ${a.name}  [${bases}]  ${x.t('msg.cli.ropa.review', { date: a.nextReview })}`;
}

/** An activity as `ropa activity show` prints it, Art. 30 field by field, in the reader's language. */
export function activityLines(a: Activity, processors: Map<string, string>, x: CliText): string[] {
  const list = (items: string[]) => (items.length > 0 ? items.join('; ') : '—');
  const label = (name: string) => x.t(`msg.cli.ropa.${name}`);
  return [
    `${a.reference} ${a.name} (${label(a.role === 'processor' ? 'asProcessor' : 'asController')})`,
    `${label('owner')} ${a.owner || '—'}`,
    ...(a.role === 'processor' ? [`${label('controllers')} ${list(a.controllers.map((c) => c.name))}`, `${label('processing')} ${list(a.processingCategories)}`] : []),
    `${label('purposes')} ${list(a.purposes.map((p) => `${p.purpose} (${inWords(x.language, LEGAL_BASIS_LABELS, p.legalBasis)}${p.art9Condition ? x.t('msg.cli.ropa.art9', { condition: inWords(x.language, ART9_LABELS, p.art9Condition) }) : ''})`))}`,
    `${label('subjects')} ${list(a.subjectCategories)}`,
    `${label('data')} ${list(a.dataCategories)}${a.specialCategories ? label('special') : ''}`,
    `${label('source')} ${a.source || '—'}`,
    `${label('recipients')} ${list(a.recipients)}`,
    `${label('processors')} ${list(a.processorIds.map((id) => processors.get(id) ?? id))}`,
    `${label('retention')} ${a.retention || '—'}`,
    `${label('systems')} ${list(a.systems)}`,
    `${label('dpia')} ${inWords(x.language, DPIA_STATUS_LABELS, a.dpiaStatus)}${a.dpiaScreening ? x.t('msg.cli.ropa.screened', { date: a.dpiaScreening.screenedOn }) : ''}`,
    x.t('msg.cli.ropa.reviewLine', { last: a.lastReviewedOn ?? label('never'), next: a.nextReview }),
  ];
}

/** One line of the processor list. */
export function processorLine(p: Processor, x: CliText): string {
  const contract = p.dpaSignedOn ? x.t('msg.cli.ropa.dpa', { date: p.dpaSignedOn }) : x.t('msg.cli.ropa.noDpa');
  const notice = x.t('msg.cli.ropa.breachNotice', { hours: p.breachNoticeHours === null ? '—' : `${p.breachNoticeHours} h` });
  return `${p.name}  ${p.country}  ${p.service}  ${contract}  ${notice}  ${x.t('msg.cli.ropa.review', { date: p.nextReview })}`;
}

/** One line of the transfer list. */
export function transferLine(t: Transfer, x: CliText): string {
  return `${t.recipient}  ${t.country}  ${inWords(x.language, GROUND_LABELS, t.ground)}${t.sccModule ? ` (${inWords(x.language, SCC_MODULE_LABELS, t.sccModule)})` : ''}  TIA ${t.tiaOn ?? '—'}  ${x.t('msg.cli.ropa.review', { date: t.nextReview })}`;
}
