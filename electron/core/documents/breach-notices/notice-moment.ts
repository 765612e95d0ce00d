import type { BreachDetail, BreachNotification } from '../../../shared/breaches';
import type { BreachNoticeKind, LetterInputs } from '../../../shared/document-contract';
import { civilDateInZone } from '../../deadlines';
import { NOTICE_PHASES } from './breach-field-catalogue';
import { suggestedPhase } from './breach-input-defaults';

/**
 * The moment a notice speaks as of, and so what it may state as done: a notice dated 8
 * October cannot say the people were told on 8 October at 13:33 when it was itself sent at
 * 03:33 that day, nor list itself among the notifications sent before it.
 */
export interface NoticeMoment {
  /** The recorded notification to the authority this document is (same phase, sent on the document's date), or null. */
  self: BreachNotification | null;
  /** True when a fact at this instant had happened by the document's own date and instant. */
  happened: (iso: string) => boolean;
}

const isPhase = (value: unknown): value is keyof typeof NOTICE_PHASES => typeof value === 'string' && value in NOTICE_PHASES;

/** The phase a notification to the authority is written as: the DPO's choice, else the one the register suggests. */
export function authorityPhaseOf(detail: BreachDetail, given: LetterInputs | undefined): keyof typeof NOTICE_PHASES {
  const raw = given?.['notice.phase'];
  const chosen = typeof raw === 'string' ? raw.trim() : '';
  return isPhase(chosen) ? chosen : suggestedPhase(detail);
}

/**
 * Where a notice stands in the breach's history. A notification to the authority whose
 * phase and date match a recorded one is that notification: it speaks as of the instant it
 * was sent. Any other document speaks as of the end of its date, and never beyond now.
 * Days are read in the organisation's zone (where the instant was recorded, until it is set).
 */
export function noticeMoment(detail: BreachDetail, kind: BreachNoticeKind, given: LetterInputs | undefined, date: string, now: Date): NoticeMoment {
  const zone = detail.timeZone;
  const dayOf = (iso: string) => (zone ? civilDateInZone(iso, zone) : iso.slice(0, 10));
  const phase = authorityPhaseOf(detail, given);
  const self =
    kind === 'authority-notification' ? (detail.notifications.find((n) => n.recipient === 'authority' && n.phase === phase && dayOf(n.sentAt) === date) ?? null) : null;
  if (self) {
    const sent = Date.parse(self.sentAt);
    return { self, happened: (iso) => Date.parse(iso) < sent };
  }
  return { self: null, happened: (iso) => dayOf(iso) <= date && Date.parse(iso) <= now.getTime() };
}
