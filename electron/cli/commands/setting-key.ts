import { settingKeys, settingSchemas, type SettingKey } from '../../shared/settings';
import { UsageError } from '../command';
import { msg } from '../../core/i18n';

/** Checks a setting key given on the command line, listing the valid ones when it is unknown. */
export function parseSettingKey(raw: string): SettingKey {
  if ((settingKeys as string[]).includes(raw)) return raw as SettingKey;
  throw new UsageError(msg('msg.cli.usage.unknownSetting', { key: raw, valid: settingKeys.join(', ') }));
}

/**
 * Turns the text given on the command line into the setting's value type: numbers for
 * numeric settings, `null` for an empty string or the word `null` (which clears it).
 */
export function parseSettingValue(key: SettingKey, raw: string): unknown {
  if (raw === '' || raw === 'null') return null;
  const isNumeric = settingSchemas[key].safeParse(1).success;
  if (isNumeric) {
    const number = Number(raw);
    if (!Number.isFinite(number)) throw new UsageError(msg('msg.cli.usage.wholeNumber', { key, value: raw }));
    return number;
  }
  return raw;
}
