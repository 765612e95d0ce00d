import { getActivity, listActivities, saveActivity } from '../../core/ropa/activities';
import { listProcessors } from '../../core/ropa/processors';
import { activitySchema } from '../../shared/registers';
import type { Command } from '../command';
import { withUnlockedVault } from '../open-vault';
import { idsByName, parseEntry, readEntryFile, registerToday } from './ropa-file';
import { activityLine, activityLines } from './ropa-format';
import { inVaultLanguage, vaultCliText } from '../cli-text';

export const ropaActivityAdd: Command = {
  path: ['ropa', 'activity', 'add'],
  usage: 'ropa activity add --file F.json|- [--id ID] --vault DIR [--json]',
  options: { file: { type: 'string' }, id: { type: 'string' } },
  async run(ctx) {
    const raw = await readEntryFile(ctx.values.file, ctx.readStdin);
    const activity = await withUnlockedVault(ctx, async (session) => {
      const db = session.db();
      await vaultCliText(ctx, db);
      const byName = new Map((await listProcessors(db)).map((p) => [p.name.toLowerCase(), p.id]));
      const input = parseEntry(activitySchema, { ...raw, processorIds: idsByName(raw.processorIds, byName) });
      const id = typeof ctx.values.id === 'string' ? (await getActivity(db, ctx.values.id)).id : undefined;
      return saveActivity(db, id, input, await registerToday(db), session.actor, new Date());
    });
    ctx.print(activity, [ctx.text().t(typeof ctx.values.id === 'string' ? 'msg.cli.ropa.activityUpdated' : 'msg.cli.ropa.activityAdded', { reference: activity.reference, name: activity.name, next: activity.nextReview })]);
  },
};

export const ropaActivityList: Command = {
  path: ['ropa', 'activity', 'list'],
  usage: 'ropa activity list --vault DIR [--json]',
  async run(ctx) {
    const activities = await withUnlockedVault(ctx, (session) => inVaultLanguage(ctx, session.db(), () => listActivities(session.db())));
    const x = ctx.text();
    ctx.print(activities, [x.t('msg.cli.count.activities', { count: activities.length }), ...activities.map((a) => activityLine(a, x))]);
  },
};

export const ropaActivityShow: Command = {
  path: ['ropa', 'activity', 'show'],
  usage: 'ropa activity show ID|PA-NNN --vault DIR [--json]',
  positionals: { min: 1, max: 1, names: ['ID'] },
  async run(ctx) {
    const [ref = ''] = ctx.positionals;
    const { activity, processors } = await withUnlockedVault(ctx, async (session) => ({
      activity: await inVaultLanguage(ctx, session.db(), () => getActivity(session.db(), ref)),
      processors: new Map((await listProcessors(session.db())).map((p) => [p.id, p.name])),
    }));
    ctx.print(activity, activityLines(activity, processors, ctx.text()));
  },
};
