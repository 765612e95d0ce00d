import type { Message } from '../../shared/pure/i18n/message';
import type { Regime } from '../../shared/requests';
import { msg } from '../i18n';

/**
 * Why a recorded extension does not bind, in words, on `today`: while the first period runs and no
 * notice is recorded as sent, it takes effect only once one is (by `noticeBy`); once that day has
 * passed, or the request is closed, the extension was not notified in time and the original
 * deadline applies (Art. 12(3) GDPR and UK GDPR; CCPA Regs § 7021(b): 45 days; Swiss Ordinance
 * Art. 18(2): 30 days; review 6, F13).
 */
export function extensionWhy(f: { regime: Regime; open: boolean; due: string | null; noticeBy: string | null }, today: string): Message | null {
  if (f.noticeBy === null) return null;
  const due = f.due ?? f.noticeBy;
  if (f.open && today <= f.noticeBy) return msg('msg.deadline.extension.noticePending', { noticeBy: f.noticeBy, due });
  const key = f.regime === 'ccpa' ? 'msg.deadline.extension.notNotifiedCcpa' : f.regime === 'ch-fadp' ? 'msg.deadline.extension.notNotifiedFadp' : 'msg.deadline.extension.notNotified';
  return msg(key, { due });
}
