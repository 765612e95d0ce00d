import type { Activity, Processor, Transfer } from '../../shared/registers';

/** One line of the activity list: reference, role, name, legal bases, next review. */
export function activityLine(a: Activity): string {
  const bases = [...new Set(a.purposes.map((p) => p.legalBasis))].join(', ') || 'NO LEGAL BASIS';
  return `${a.reference}  ${a.role === 'processor' ? 'P' : 'C'}  ${a.name}  [${bases}]  review ${a.nextReview}`;
}

/** An activity as `ropa activity show` prints it, Art. 30 field by field. */
export function activityLines(a: Activity, processors: Map<string, string>): string[] {
  const list = (items: string[]) => (items.length > 0 ? items.join('; ') : '—');
  return [
    `${a.reference} ${a.name} (${a.role === 'processor' ? 'as processor, Art. 30(2)' : 'as controller, Art. 30(1)'})`,
    `Owner: ${a.owner || '—'}`,
    ...(a.role === 'processor' ? [`Controllers: ${list(a.controllers.map((c) => c.name))}`, `Processing: ${list(a.processingCategories)}`] : []),
    `Purposes: ${list(a.purposes.map((p) => `${p.purpose} (${p.legalBasis}${p.art9Condition ? `, Art. 9: ${p.art9Condition}` : ''})`))}`,
    `Data subjects: ${list(a.subjectCategories)}`,
    `Data: ${list(a.dataCategories)}${a.specialCategories ? ' (special categories)' : ''}`,
    `Source: ${a.source || '—'}`,
    `Recipients: ${list(a.recipients)}`,
    `Processors: ${list(a.processorIds.map((id) => processors.get(id) ?? id))}`,
    `Retention: ${a.retention || '—'}`,
    `Systems: ${list(a.systems)}`,
    `DPIA: ${a.dpiaStatus}${a.dpiaScreening ? ` (screened ${a.dpiaScreening.screenedOn})` : ''}`,
    `Review: last ${a.lastReviewedOn ?? 'never'}, next ${a.nextReview}`,
  ];
}

/** One line of the processor list. */
export function processorLine(p: Processor): string {
  const contract = p.dpaSignedOn ? `DPA ${p.dpaSignedOn}` : 'NO DPA';
  return `${p.name}  ${p.country}  ${p.service}  ${contract}  breach notice ${p.breachNoticeHours === null ? '—' : `${p.breachNoticeHours} h`}  review ${p.nextReview}`;
}

/** One line of the transfer list. */
export function transferLine(t: Transfer): string {
  return `${t.recipient}  ${t.country}  ${t.ground}${t.sccModule ? ` (${t.sccModule})` : ''}  TIA ${t.tiaOn ?? '—'}  review ${t.nextReview}`;
}
