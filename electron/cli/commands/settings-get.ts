import { readSettings } from '../../core/settings/settings-service';
import type { Command } from '../command';
import { withWorkSession } from '../work-session';
import { parseSettingKey } from './setting-key';

export const settingsGet: Command = {
  path: ['settings', 'get'],
  summary: 'Print one setting, or all of them with no KEY',
  usage: 'settings get [KEY] --vault DIR [--json]',
  details: ['KEY is one of the keys listed by `settings get` with no KEY, such as organisation.name.'],
  positionals: { min: 0, max: 1, names: ['KEY'] },
  async run(ctx) {
    const key = ctx.positionals[0] === undefined ? undefined : parseSettingKey(ctx.positionals[0]);
    const settings = await withWorkSession(ctx, (session) => readSettings(session.db()));
    if (key) {
      const value = settings[key];
      ctx.print({ key, value }, value === null ? '(not set)' : String(value));
      return;
    }
    ctx.print(
      settings,
      Object.entries(settings).map(([k, v]) => `${k.padEnd(34)} ${v === null ? '(not set)' : String(v)}`),
    );
  },
};
