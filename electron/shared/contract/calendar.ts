import type { GeneratedFile } from '../generated-file';
import { calendarQuerySchema, icsExportSchema, type CalendarPage } from '../calendar';
import { channel } from './define-channel';

/** The calendar of every deadline and its .ics export. */
export const calendarChannels = {
  'deadlines.calendar': channel(calendarQuerySchema).returns<CalendarPage>(),
  'deadlines.exportIcs': channel(icsExportSchema).returns<GeneratedFile>(),
};
