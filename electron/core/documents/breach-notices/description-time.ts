import type { BreachDetail } from '../../../shared/breaches';

type Described = Pick<BreachDetail, 'description' | 'occurredFrom' | 'occurredTo'> & { facts: { draft: Pick<BreachDetail['facts']['draft'], 'dataCategories'> } };

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
export function describedTime(detail: Described): string | null {
  if (detail.occurredFrom || detail.occurredTo) return null;
  const found = TIME_PATTERN.exec(detail.description);
  return found ? found[0] : null;
}

/** Words that name kinds of personal data ("e-mail addresses", "numeri di telefono", "payment cards"). */
const DATA_PATTERN =
  /\b(?:names?|e-?mail addresses|e-?mails?|(?:postal )?addresses|phone numbers?|telephone numbers?|passwords?|credentials|(?:payment|credit|debit) cards?|card numbers?|iban|bank details|dates? of birth|tax codes?|health data|account data|nomi|indirizzi(?: e-?mail)?|numeri di telefono|credenziali|carte di (?:credito|pagamento)|coordinate bancarie|date di nascita|codici? fiscal[ei]|dati sanitari|dati (?:dell[’']account|degli account))\b/giu;

/**
 * The words of the description that seem to name kinds of personal data while the register
 * records no categories of data: the notice would print "Categories of personal data: not yet
 * known" beside them (review 4, D9, D34). A pointer for the DPO, who records the categories in
 * the triage facts: nothing is taken from the free text. Null when recorded or none named.
 */
export function describedData(detail: Described): string | null {
  if ((detail.facts.draft.dataCategories ?? []).length > 0) return null;
  const found = [...new Set((detail.description.match(DATA_PATTERN) ?? []).map((w) => w.toLowerCase()))];
  return found.length > 0 ? found.join(', ') : null;
}
