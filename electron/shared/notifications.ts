import { z } from 'zod';
import type { DeadlineKind } from './calendar';

/** The in-app notification list that reminders fill, and what a notification carries. */

/** How far ahead a reminder fires: `48h`, `7d`, `0d` (on the day), `overdue`, or the daily `summary`. */
export type ReminderLead = `${number}h` | `${number}d` | 'overdue' | 'summary';

/** The figures of the daily summary. */
export interface SummaryCounts {
  breachesRunning: number;
  overdue: number;
  pastCommitment: number;
  dueToday: number;
  dueThisWeek: number;
  acknowledgements: number;
  extensionNotices: number;
  reviews: number;
}

/** One entry of the in-app notification list. */
export interface InAppNotification {
  id: number;
  reminderId: string;
  kind: DeadlineKind | 'summary';
  lead: ReminderLead;
  caseType: 'request' | 'breach' | 'retention' | null;
  caseId: string | null;
  reference: string | null;
  /** The person's name, the breach title or the retention category (in the vault only). */
  label: string | null;
  deadline: string | null;
  firedAt: string;
  read: boolean;
  summary: SummaryCounts | null;
}

/** A page of the notification list, newest first. */
export const notificationListSchema = z
  .object({ unreadOnly: z.boolean().default(false), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(200).default(50) })
  .strict();
/** Marks some notifications (by id) or all of them read. */
export const notificationReadSchema = z
  .object({ ids: z.array(z.number().int().positive()).max(500).optional(), all: z.boolean().optional() })
  .strict()
  .refine((v) => (v.ids?.length ?? 0) > 0 || v.all === true, 'Name the notifications to mark, or all');

/** The notification list and how many are unread. */
export interface NotificationPage {
  unread: number;
  total: number;
  rows: InAppNotification[];
}

