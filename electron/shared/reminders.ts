import { z } from 'zod';
import type { InAppNotification } from './notifications';

/** Reminders: when they fire (the DPO's preferences) and what one run of them did. */

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time written HH:MM, such as 09:00');
const leadList = (max: number) =>
  z
    .array(z.number().int().min(0).max(max))
    .max(6, 'At most six reminders')
    .transform((list) => [...new Set(list)].sort((a, b) => b - a));

/** When reminders fire: hours before a breach deadline, days before a date deadline, and the time of day. */
export const deadlinePreferencesSchema = z.object({
  breachHours: leadList(71),
  requestDays: leadList(60),
  /** The time of day (organisation's zone) date reminders and the daily summary fire. */
  timeOfDay,
  desktopNotifications: z.boolean(),
  /** Desktop notifications name the person or breach (off: the reference only, for a screen others may see). */
  namesInNotifications: z.boolean(),
  /** Closed cases older than this are proposed for deletion; null: no period set. */
  closedCaseRetentionMonths: z.number().int().min(1).max(600).nullable(),
});
export type DeadlinePreferences = z.output<typeof deadlinePreferencesSchema>;
export const deadlinePreferencesPatchSchema = deadlinePreferencesSchema.partial().strict();

/** The defaults: breaches at 48, 24 and 6 hours left; requests at 7 and 2 days and on the day. */
export const DEFAULT_DEADLINE_PREFERENCES: DeadlinePreferences = {
  breachHours: [48, 24, 6],
  requestDays: [7, 2, 0],
  timeOfDay: '09:00',
  desktopNotifications: true,
  namesInNotifications: false,
  closedCaseRetentionMonths: null,
};

/** What one reminder run did: what to show now (with names), and the anonymous schedule ahead. */
export interface ReminderRun {
  /** The organisation's today and zone, for the texts of what is shown. */
  today: string;
  timeZone: string;
  /** The DPO wants desktop notifications (otherwise the in-app list only). */
  desktopNotifications: boolean;
  /** Desktop notifications may carry names (the DPO turned it on); otherwise references only. */
  namesInNotifications: boolean;
  shown: InAppNotification[];
  /** Upcoming fire times without names, so a locked app can still say "N items need attention". */
  upcoming: { id: string; fireAt: string }[];
  /** Items due today or overdue, and running breach clocks, at this run. */
  attention: number;
}
/** One run of the reminders; `alreadyShown` lists what a locked app announced without names. */
export const reminderRunSchema = z.object({ alreadyShown: z.array(z.string().max(200)).max(2000).default([]) }).strict();

