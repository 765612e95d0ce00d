import { isCivilDate } from '../deadlines';
import { AppError } from '../errors';

/** A closed range of civil dates, `from` ≤ `to`. */
export interface ReportRange {
  from: string;
  to: string;
}

/** Checks a report range given by a person: two real dates, in order. */
export function parseReportRange(from: string, to: string): ReportRange {
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (!isCivilDate(value)) throw new AppError('VALIDATION', `--${name} ${JSON.stringify(value)} is not a date in the form YYYY-MM-DD`);
  }
  if (from > to) throw new AppError('VALIDATION', `The range starts (${from}) after it ends (${to})`);
  return { from, to };
}
