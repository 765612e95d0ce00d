import type { RetentionTrigger } from '../../shared/dashboard';

/** A retention period read from an activity's retention text. */
export interface RetentionPeriod {
  count: number;
  unit: 'months' | 'years';
  trigger: RetentionTrigger;
}

const PERIOD = /(\d{1,4})\s*(years?|anni|anno|months?|mesi|mese)\b/i;

const TRIGGERS: readonly [RetentionTrigger, RegExp][] = [
  ['account-closure', /account (is )?clos|closed accounts?|chiusura dell'account/i],
  ['last-activity', /last (contact|activity|login|use)|ultimo contatto|ultima attività/i],
  ['end-of-financial-year', /financial year|fiscal year|esercizio/i],
  ['end-of-relationship', /after (it|the (contract|employment|selection|subscription|relationship)) ends|after (the )?termination|(contract|employment|selection|relationship) ends|cessazione|fine del (contratto|rapporto)/i],
  ['collection', /from (the )?(collection|invoice)|dalla raccolta/i],
];

/**
 * The first period an activity's retention text states ("3 years after the contract ends",
 * "14 months", "7 anni"), and what starts it when the text says so plainly; `other` when
 * it does not (the rule then keeps the whole text as its note). Null when the text names no
 * period in months or years ("until consent is withdrawn", "30 days"): those need a rule
 * written by hand.
 */
export function parseRetentionPeriod(text: string): RetentionPeriod | null {
  const match = PERIOD.exec(text);
  if (!match) return null;
  const count = Number(match[1]);
  if (count < 1) return null;
  const unit = /^(years?|anni|anno)$/i.test(match[2] ?? '') ? 'years' : 'months';
  const trigger = TRIGGERS.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
  return { count, unit, trigger };
}
