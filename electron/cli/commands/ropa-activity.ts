import { getActivity, listActivities, saveActivity } from '../../core/ropa/activities';
import { listProcessors } from '../../core/ropa/processors';
import { activitySchema } from '../../shared/registers';
import type { Command } from '../command';
import { withWorkSession } from '../work-session';
import { idsByName, parseEntry, readEntryFile, registerToday } from './ropa-file';
import { activityLine, activityLines } from './ropa-format';

export const ropaActivityAdd: Command = {
  path: ['ropa', 'activity', 'add'],
  summary: 'Add a processing activity (Art. 30(1), or 30(2) with "role": "processor") from a JSON file',
  usage: 'ropa activity add --file F.json|- [--id ID] --vault DIR [--json]',
  details: [
    'The file holds one activity: name, purposes [{ purpose, legalBasis, art9Condition? }], subjectCategories,',
    'dataCategories, source, recipients, systems, retention, owner, dpiaStatus, processorIds, measureIds, …',
    'processorIds may name processors instead of ids. --id changes that activity instead of adding one.',
  ],
  options: { file: { type: 'string' }, id: { type: 'string' } },
  async run(ctx) {
    const raw = await readEntryFile(ctx.values.file, ctx.readStdin);
    const activity = await withWorkSession(ctx, async (session) => {
      const db = session.db();
      const byName = new Map((await listProcessors(db)).map((p) => [p.name.toLowerCase(), p.id]));
      const input = parseEntry(activitySchema, { ...raw, processorIds: idsByName(raw.processorIds, byName) });
      const id = typeof ctx.values.id === 'string' ? (await getActivity(db, ctx.values.id)).id : undefined;
      return saveActivity(db, id, input, await registerToday(db), session.actor, new Date());
    });
    ctx.print(activity, [`${typeof ctx.values.id === 'string' ? 'Updated' : 'Added'} ${activity.reference} ${activity.name}; next review ${activity.nextReview}`]);
  },
};

export const ropaActivityList: Command = {
  path: ['ropa', 'activity', 'list'],
  summary: 'List the processing activities (C = as controller, P = as processor)',
  usage: 'ropa activity list --vault DIR [--json]',
  async run(ctx) {
    const activities = await withWorkSession(ctx, (session) => listActivities(session.db()));
    ctx.print(activities, [`${activities.length} activit${activities.length === 1 ? 'y' : 'ies'}`, ...activities.map(activityLine)]);
  },
};

export const ropaActivityShow: Command = {
  path: ['ropa', 'activity', 'show'],
  summary: 'Show one processing activity, Art. 30 field by field',
  usage: 'ropa activity show ID|PA-NNN --vault DIR [--json]',
  positionals: { min: 1, max: 1, names: ['ID'] },
  async run(ctx) {
    const [ref = ''] = ctx.positionals;
    const { activity, processors } = await withWorkSession(ctx, async (session) => ({
      activity: await getActivity(session.db(), ref),
      processors: new Map((await listProcessors(session.db())).map((p) => [p.id, p.name])),
    }));
    ctx.print(activity, activityLines(activity, processors));
  },
};
