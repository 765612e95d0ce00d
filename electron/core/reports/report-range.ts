import { isCivilDate } from '../deadlines';
import { AppError } from '../errors';
import { msg } from '../i18n';

/** A closed range of civil dates, `from` ≤ `to`. */
export interface ReportRange {
  from: string;
  to: string;
}

/** Checks a report range given by a person: two real dates, in order. */
export function parseReportRange(from: string, to: string): ReportRange {
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (!isCivilDate(value)) throw new AppError('VALIDATION', msg('msg.error.report.notADate', { option: name, value: JSON.stringify(value) }));
  }
  if (from > to) throw new AppError('VALIDATION', msg('msg.error.report.rangeOrder', { from, to }));
  return { from, to };
}
