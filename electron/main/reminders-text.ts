import type { InAppNotification, SummaryCounts } from '../shared/notifications';

/** A desktop notification's words. */
export interface NotificationText {
  title: string;
  body: string;
}

/** The languages of the notifications (the system's, as the menu uses). */
export type ReminderLanguage = 'en' | 'it';

const DAY_MS = 86_400_000;

/** Whole days from `today` to `date` (both civil dates), without any zone arithmetic. */
function daysFrom(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

const en = {
  days: (n: number) => (n < 0 ? `overdue by ${-n} day${n === -1 ? '' : 's'}` : n === 0 ? 'due today' : `due in ${n} day${n === 1 ? '' : 's'}`),
  hours: (h: number) => (h < 0 ? `72 hours passed ${-h} h ago` : `${h} h left to notify the authority`),
  kinds: {
    'request-due': (ref: string) => `Request ${ref}`,
    'request-ack': (ref: string) => `Acknowledge request ${ref}`,
    'extension-notice': (ref: string) => `Extension notice for request ${ref}`,
    'breach-72h': (ref: string) => `Breach ${ref}`,
    'breach-follow-up': (ref: string) => `Complete notification for breach ${ref}`,
    'retention-review': (ref: string) => `Retention review: ${ref}`,
    'register-review': (ref: string) => `Register review: ${ref}`,
    'breach-client': (ref: string) => `Breach ${ref}: notice to a client`,
    'breach-nis2': (ref: string) => `Breach ${ref}: NIS2 report to the CSIRT`,
    'breach-nis2-progress': (ref: string) => `Breach ${ref}: NIS2 progress report to the CSIRT`,
    'processor-forward': (ref: string) => `Forward request ${ref} to the client`,
  },
  summaryTitle: 'Your day in DPO Desk',
  summary: (c: SummaryCounts) =>
    [
      c.breachesRunning > 0 ? `${c.breachesRunning} breach clock${c.breachesRunning === 1 ? '' : 's'} running` : null,
      c.overdue > 0 ? `${c.overdue} overdue` : null,
      c.pastCommitment > 0 ? `${c.pastCommitment} past your commitment` : null,
      c.dueToday > 0 ? `${c.dueToday} due today` : null,
      c.dueThisWeek > 0 ? `${c.dueThisWeek} due this week` : null,
      c.acknowledgements > 0 ? `${c.acknowledgements} to acknowledge` : null,
      c.reviews > 0 ? `${c.reviews} retention review${c.reviews === 1 ? '' : 's'}` : null,
    ].filter((part): part is string => part !== null),
  nothing: 'Nothing is due today.',
  attention: (n: number) => `${n} item${n === 1 ? '' : 's'} need${n === 1 ? 's' : ''} attention`,
  unlock: 'Unlock DPO Desk to see them.',
  group: (n: number) => `${n} deadlines need attention`,
  openToSee: 'Open DPO Desk to see the case.',
};

const it: typeof en = {
  days: (n) => (n < 0 ? `scaduta da ${-n} giorn${n === -1 ? 'o' : 'i'}` : n === 0 ? 'scade oggi' : `scade tra ${n} giorn${n === 1 ? 'o' : 'i'}`),
  hours: (h) => (h < 0 ? `72 ore trascorse da ${-h} h` : `${h} h per notificare all'autorità`),
  kinds: {
    'request-due': (ref) => `Richiesta ${ref}`,
    'request-ack': (ref) => `Conferma di ricezione richiesta ${ref}`,
    'extension-notice': (ref) => `Comunicazione di proroga, richiesta ${ref}`,
    'breach-72h': (ref) => `Violazione ${ref}`,
    'breach-follow-up': (ref) => `Notifica completa della violazione ${ref}`,
    'retention-review': (ref) => `Revisione conservazione: ${ref}`,
    'register-review': (ref) => `Revisione registro: ${ref}`,
    'breach-client': (ref) => `Violazione ${ref}: comunicazione a un cliente`,
    'breach-nis2': (ref) => `Violazione ${ref}: notifica NIS2 al CSIRT`,
    'breach-nis2-progress': (ref) => `Violazione ${ref}: relazione sui progressi NIS2 al CSIRT`,
    'processor-forward': (ref) => `Inoltro al cliente della richiesta ${ref}`,
  },
  summaryTitle: 'La tua giornata in DPO Desk',
  summary: (c) =>
    [
      c.breachesRunning > 0 ? `${c.breachesRunning} violazion${c.breachesRunning === 1 ? 'e' : 'i'} con una scadenza in corso` : null,
      c.overdue > 0 ? `${c.overdue} scadut${c.overdue === 1 ? 'a' : 'e'}` : null,
      c.pastCommitment > 0 ? `${c.pastCommitment} oltre l'impegno interno` : null,
      c.dueToday > 0 ? `${c.dueToday} in scadenza oggi` : null,
      c.dueThisWeek > 0 ? `${c.dueThisWeek} in scadenza questa settimana` : null,
      c.acknowledgements > 0 ? `${c.acknowledgements} da confermare` : null,
      c.reviews > 0 ? `${c.reviews} revision${c.reviews === 1 ? 'e' : 'i'} della conservazione` : null,
    ].filter((part): part is string => part !== null),
  nothing: 'Oggi non scade nulla.',
  attention: (n) => `${n} element${n === 1 ? 'o richiede' : 'i richiedono'} attenzione`,
  unlock: 'Sblocca DPO Desk per vederli.',
  group: (n) => `${n} scadenze richiedono attenzione`,
  openToSee: 'Apri DPO Desk per vedere il caso.',
};

const texts = { en, it };

/**
 * The words of one reminder (the vault is open): what, which case by reference, how far the
 * deadline is from now (counted at show time, so a reminder shown late says the truth), and
 * the person's name or the breach's title only when `withNames` (the DPO's opt-in: a desktop
 * notification shows on a screen others may see).
 */
export function reminderText(n: InAppNotification, language: ReminderLanguage, today: string, nowMs: number, withNames: boolean): NotificationText {
  const t = texts[language];
  if (n.kind === 'summary') {
    const parts = n.summary ? t.summary(n.summary) : [];
    return { title: t.summaryTitle, body: parts.length > 0 ? parts.join(' · ') : t.nothing };
  }
  const head = t.kinds[n.kind](n.reference ?? '');
  const deadline = n.deadline ?? today;
  const distance = n.kind === 'breach-72h' ? t.hours(Math.round((Date.parse(deadline) - nowMs) / 3_600_000)) : t.days(daysFrom(today, deadline));
  return { title: `${head}: ${distance}`, body: withNames ? (n.label ?? '') : t.openToSee };
}

/** Several reminders at once: one notification naming how many, and the first few cases by reference. */
export function groupText(shown: readonly InAppNotification[], language: ReminderLanguage): NotificationText {
  const refs = [...new Set(shown.filter((n) => n.reference).map((n) => n.reference as string))];
  const more = refs.length > 4 ? ' …' : '';
  return { title: texts[language].group(shown.length), body: `${refs.slice(0, 4).join(', ')}${more}` };
}

/** What a locked vault may say: a number, never a name. */
export function lockedText(count: number, language: ReminderLanguage): NotificationText {
  return { title: texts[language].attention(count), body: texts[language].unlock };
}
