import { renderLine, renderText } from '../i18n';
import type { CitationId } from './citations';
import type { DeadlineDetail, DeadlineField, DeadlineStep } from './deadline-types';
import { detailLine, nonWorkingDayMessage, stepMessage } from './explain-messages';
import type { NonWorkingDay } from './holiday-calendar';

/**
 * English renderings of the structured deadline steps, through the shared catalogue
 * (`explain-messages.ts`): the engine keeps an English line for logs and older callers,
 * while the app and the CLI render `DeadlineDetail.line` in the reader's language.
 */

/** `Sat 1 Aug 2026`, or `Mon 27 Dec 2027 (Christmas Day (substitute day))` for a holiday. */
export function describeNonWorkingDay(day: NonWorkingDay): string {
  return renderText('en', nonWorkingDayMessage(day));
}

/** One step as an English phrase, e.g. `one month from Tue 31 Mar 2026 → Thu 30 Apr 2026`. */
export function explainStep(step: DeadlineStep): string {
  return renderText('en', stepMessage(step));
}

/** One deadline as a line: `Due Thu 30 Apr 2026: <steps>. [<citations>]`. */
export function explainDetail(field: DeadlineField, detail: Pick<DeadlineDetail, 'date' | 'steps' | 'citations'>): string {
  return renderLine('en', detailLine(field, detail));
}

/** Builds a detail with its explanation line (messages) and its English rendering. */
export function makeDetail(field: DeadlineField, date: string | null, steps: DeadlineStep[], citations: CitationId[]): DeadlineDetail {
  const detail = { date, steps, citations };
  const line = detailLine(field, detail);
  return { ...detail, line, explanation: renderLine('en', line) };
}
