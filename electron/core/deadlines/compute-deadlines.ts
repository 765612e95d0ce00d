import { describeZodError, firstIssue } from '../api/zod-issues';
import { AppError } from '../errors';
import { renderLine, type ExplanationLine } from '../i18n';
import { ccpaResponseRule, businessDaysRule } from './ccpa-rule';
import { atOnceRule } from './at-once-rule';
import { calendarDaysRule, noPeriodRule } from './calendar-days-rule';
import { citation, type Citation, type CitationId } from './citations';
import { DeadlineInputSchema, type DeadlineInput } from './deadline-input';
import { DEADLINE_FIELDS, type DeadlineResult } from './deadline-types';
import { holidayCalendar } from './holiday-calendar';
import { oneMonthRule } from './one-month-rule';
import { DEFAULT_JURISDICTION, type RequestType } from '../../shared/regimes';
import { legalCalendarFor } from './time-law';
import { deadlineRule } from './rule-table';
import type { RuleInput, RuleOutcome } from './rule-outcome';

function runRule(input: RuleInput): RuleOutcome {
  const rule = deadlineRule(input.regime, input.type);
  switch (rule.kind) {
    case 'one-month':
      return oneMonthRule(input);
    case 'ccpa-response':
      return ccpaResponseRule(input);
    case 'business-days':
      return businessDaysRule(input, rule.days, rule.citations);
    case 'calendar-days':
      return calendarDaysRule(input, rule);
    case 'no-period':
      return noPeriodRule(rule.citations);
    case 'at-once':
      return atOnceRule(input, rule.citations);
  }
}

/**
 * The legal deadlines of one rights request, each with its explanation and citations.
 *
 * Pure and deterministic: the same facts always give the same dates, whatever the machine's
 * zone or the day it runs. `received` is the civil date of receipt in the organisation's
 * zone (convert an instant with `civilDateInZone`). Dates that do not apply are null:
 * `acknowledgeBy` outside the CCPA, `extendedDue` unless `extended`, `extensionNoticeBy`
 * where the law allows no extension, every date while a UK clock is stopped, and `due` for
 * request types the law gives no period (the organisation's clock then governs alone).
 *
 * @throws AppError VALIDATION naming the bad value and listing the valid ones
 */
export function computeDeadlines(raw: DeadlineInput): DeadlineResult {
  const parsed = DeadlineInputSchema.safeParse(raw);
  if (!parsed.success) {
    const { issues } = describeZodError(parsed.error);
    throw new AppError('VALIDATION', firstIssue(issues), issues);
  }
  const input = parsed.data;
  const type = input.type as RequestType;
  const calendar = holidayCalendar(input.country ?? DEFAULT_JURISDICTION[input.regime] ?? '');
  // CCPA business days may be counted on the US federal holidays instead (Settings).
  const workingCalendar = input.regime === 'ccpa' && input.ccpaBusinessDays === 'federal' ? holidayCalendar('US') : calendar;
  const outcome = runRule({
    regime: input.regime,
    type,
    received: input.received,
    calendar: workingCalendar,
    legalCalendar: legalCalendarFor(input.regime, calendar),
    extended: input.extended,
    gdprExtension: input.gdprExtension,
    gdprIdentity: input.gdprIdentity,
    stops: input.pauses,
  });
  const { details } = outcome;
  const ids = new Set<CitationId>();
  const lines: ExplanationLine[] = [];
  for (const field of DEADLINE_FIELDS) {
    const detail = details[field];
    if (!detail) continue;
    detail.citations.forEach((id) => ids.add(id));
    lines.push(detail.line);
  }
  const citations: Citation[] = [...ids].map(citation);
  return {
    regime: input.regime,
    type,
    received: input.received,
    country: calendar.jurisdiction.code,
    extended: input.extended,
    due: details.due?.date ?? null,
    extendedDue: details.extendedDue?.date ?? null,
    acknowledgeBy: details.acknowledgeBy?.date ?? null,
    extensionNoticeBy: details.extensionNoticeBy?.date ?? null,
    explanation: lines.map((line) => renderLine('en', line)).join('\n'),
    lines,
    details,
    citations,
    clockStop: outcome.clockStop,
  };
}
