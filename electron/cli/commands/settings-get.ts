import { readSettings } from '../../core/settings/settings-service';
import type { Command } from '../command';
import { withUnlockedVault } from '../open-vault';
import { parseSettingKey } from './setting-key';
import { inVaultLanguage } from '../cli-text';

export const settingsGet: Command = {
  path: ['settings', 'get'],
  usage: 'settings get [KEY] --vault DIR [--json]',
  positionals: { min: 0, max: 1, names: ['KEY'] },
  async run(ctx) {
    const key = ctx.positionals[0] === undefined ? undefined : parseSettingKey(ctx.positionals[0]);
    const settings = await withUnlockedVault(ctx, (session) => inVaultLanguage(ctx, session.db(), () => readSettings(session.db())));
    const notSet = ctx.text().t('msg.cli.notSet');
    if (key) {
      const value = settings[key];
      ctx.print({ key, value }, value === null ? notSet : String(value));
      return;
    }
    ctx.print(
      settings,
      Object.entries(settings).map(([k, v]) => `${k.padEnd(34)} ${v === null ? notSet : String(v)}`),
    );
  },
};
