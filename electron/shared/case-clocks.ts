import type { Message } from './pure/i18n/message';

/**
 * Every clock a case carries, whoever it runs for, in one shape: the GDPR authority clock
 * (Art. 33(1)), each client's notice under its contract (Art. 33(2)), the NIS2 reports to the
 * CSIRT (Directive (EU) 2022/2555 Art. 23(4); D.Lgs. 138/2024 art. 25), and on a request in
 * processor capacity the contract's forwarding and assistance dates beside the controller's
 * own legal deadline, which is shown as context and is not ours.
 */
export const CLOCK_KINDS = [
  'gdpr-authority',
  'gdpr-client',
  'nis2-early-warning',
  'nis2-notification',
  'nis2-progress',
  'nis2-final',
  'processor-forward',
  'client-assist',
  'controller-legal',
] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

/**
 * `running` (time left), `due-soon` (amber), `overdue` (red), `done` / `done-late` (the step
 * was taken, on time or not), `not-required` (the DPO decided no notice is due),
 * `undue-delay` (no fixed time: "without undue delay"), `waiting` (starts when an earlier
 * step is taken or a date is given), `context` (someone else's deadline, shown for reference).
 */
export const CLOCK_STATUSES = ['running', 'due-soon', 'overdue', 'done', 'done-late', 'not-required', 'undue-delay', 'waiting', 'context'] as const;
export type ClockStatus = (typeof CLOCK_STATUSES)[number];

export interface CaseClock {
  kind: ClockKind;
  /** Whom the step is owed to: `authority`, `csirt`, `controller`, or a client's name. */
  party: string;
  /** The client's id for a client's clock. */
  partyId: string | null;
  /** An instant with its offset (breach clocks) or a civil date (request clocks); null when no time is fixed. */
  dueAt: string | null;
  /** When the step was taken, if it was. */
  doneAt: string | null;
  status: ClockStatus;
  /** False for the controller's deadline on a processor-side request: context, not our clock. */
  ours: boolean;
  /** How the time was reckoned, as a catalogue message. */
  explanation: Message;
  /** The rule it comes from, as a catalogue message (`msg.citation.…`). */
  source: Message;
}
