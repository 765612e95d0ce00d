import type { BreachDetail } from '../../../shared/breaches';

const NUMBER = String.raw`(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|un|una|uno|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|alcuni|alcune)`;
const UNIT = String.raw`(?:minutes?|hours?|days?|weeks?|months?|minuti|ore|giorni|settimane|mesi)`;
const MONTHS = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)`;
/** A duration ("for nine days", "per due settimane"), a day ("18 March", "18 marzo", "2026-03-18", "18/03/2026") or a weekday. */
const TIME_PATTERN = new RegExp(
  String.raw`\b${NUMBER}\s+${UNIT}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+${MONTHS}\b|\b${MONTHS}\s+\d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b(?:since|from|until|dal|fino al)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|yesterday|ieri)\b`,
  'iu',
);

/**
 * The words of the register's description that seem to say when the breach happened or how long
 * it lasted ("readable without authentication for nine days"), while the register records no
 * period: a notice would print "When the breach occurred: not yet known" beside them (review 4,
 * D9, D29, D34). Only a pointer for the DPO, who records the period: nothing is taken from the
 * free text. Null when the period is recorded or the description says no such thing.
 */
export function describedTime(detail: Pick<BreachDetail, 'description' | 'occurredFrom' | 'occurredTo'>): string | null {
  if (detail.occurredFrom || detail.occurredTo) return null;
  const found = TIME_PATTERN.exec(detail.description);
  return found ? found[0] : null;
}
