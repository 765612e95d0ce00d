import { updateSettings } from '../../core/settings/settings-service';
import { AppError } from '../../core/errors';
import { describeZodError, firstIssue } from '../../core/api/zod-issues';
import { settingsPatchSchema } from '../../shared/settings';
import type { Command } from '../command';
import { withUnlockedVault } from '../open-vault';
import { parseSettingKey, parseSettingValue } from './setting-key';
import { inVaultLanguage } from '../cli-text';

export const settingsSet: Command = {
  path: ['settings', 'set'],
  usage: 'settings set KEY VALUE --vault DIR [--json]',
  positionals: { min: 2, max: 2, names: ['KEY', 'VALUE'] },
  async run(ctx) {
    const key = parseSettingKey(ctx.positionals[0] as string);
    const parsed = settingsPatchSchema.safeParse({ [key]: parseSettingValue(key, ctx.positionals[1] as string) });
    if (!parsed.success) {
      const { issues } = describeZodError(parsed.error);
      throw new AppError('VALIDATION', firstIssue(issues), issues);
    }
    const settings = await withUnlockedVault(ctx, (session) => inVaultLanguage(ctx, session.db(), () => updateSettings(session.db(), parsed.data, session.actor, new Date())));
    ctx.print({ key, value: settings[key] }, `${key} = ${settings[key] === null ? ctx.text().t('msg.cli.notSet') : String(settings[key])}`);
  },
};
