import { z } from 'zod';
import { deadlinePreferencesPatchSchema, reminderRunSchema, type DeadlinePreferences, type ReminderRun } from '../reminders';
import { channel, noInput } from './define-channel';

/** Reminders: the DPO's preferences and one run (main's timer calls it through the same dispatch). */
export const reminderChannels = {
  'deadlines.preferences': channel(noInput).returns<DeadlinePreferences>(),
  'deadlines.updatePreferences': channel(z.object({ changes: deadlinePreferencesPatchSchema }).strict()).returns<DeadlinePreferences>(),
  'reminders.run': channel(reminderRunSchema).returns<ReminderRun>(),
};
