import type { Regime } from '../../shared/requests';
import { addDays, civilDateInZone, todayInZone } from '../deadlines';
import { AppError, fieldIssue } from '../errors';
import { msg, type Message } from '../i18n';
import { refuseFutureReceipt } from './refuse-future-receipt';

/**
 * The day each regime began to apply: a request received earlier cannot be a request under it.
 * GDPR Art. 99(2); UK GDPR at the end of the transition period; CCPA §1798.198; LGPD in force
 * (Law 14.010/2020); revised Swiss FADP; PIPEDA Part 1 applying to all commercial activity;
 * Québec's private-sector Act (CQLR c P-39.1, in force 1 January 1994, the access right Law 25
 * amended); the US state acts' effective dates (Va. Code §59.1-575 note, C.R.S. §6-1-1301 note,
 * Conn. Pub. Act 22-15 §11, Utah Code §13-61, Tex. Bus. & Com. Code ch. 541, Or. SB 619);
 * Singapore PDPA Parts III–VI (2 July 2014); Australia's APPs (Privacy Amendment Act 2012, 12 March 2014).
 */
export const REGIME_APPLIES_FROM: Record<Regime, string> = {
  gdpr: '2018-05-25',
  'uk-gdpr': '2021-01-01',
  ccpa: '2020-01-01',
  lgpd: '2020-09-18',
  'ch-fadp': '2023-09-01',
  pipeda: '2001-01-01',
  'qc-law25': '1994-01-01',
  'us-va': '2023-01-01',
  'us-co': '2023-07-01',
  'us-ct': '2023-07-01',
  'us-ut': '2023-12-31',
  'us-tx': '2024-07-01',
  'us-or': '2024-07-01',
  'sg-pdpa': '2014-07-02',
  'au-privacy': '2014-03-12',
};

/** Receipts older than this many days ask the DPO to confirm: most likely a typing slip. */
export const OLD_RECEIPT_DAYS = 90;

const refuse = (path: string, detail: Message): never => {
  throw new AppError('VALIDATION', detail, [fieldIssue(path, detail)]);
};

/**
 * Refuses a receipt that cannot be: in the future, or before the regime applied; and one more
 * than 90 days back unless confirmed (the issue's path is `confirmOldReceipt`, so a form can
 * show the question beside the field). Dates are civil dates in the organisation's zone.
 */
export function checkReceipt(regime: Regime, receivedAt: string, timeZone: string, now: Date, confirmOld: boolean | undefined): void {
  refuseFutureReceipt(receivedAt, now);
  const day = civilDateInZone(receivedAt, timeZone);
  const from = REGIME_APPLIES_FROM[regime];
  if (day < from) refuse('receivedAt', msg('msg.error.request.regimeNotYet', { regime, from, day }));
  if (confirmOld !== true && day < addDays(todayInZone(timeZone, now), -OLD_RECEIPT_DAYS)) {
    refuse('confirmOldReceipt',
      msg('msg.error.request.oldReceipt', { day, days: OLD_RECEIPT_DAYS }),
    );
  }
}
