import type { appChannels } from '../../shared/contract/app';
import type { HandlersOf } from '../../shared/contract/define-channel';
import { listCountries } from '../reference/countries';
import { checkCommitments } from '../settings/commitment-check';
import { readSettings, updateSettings } from '../settings/settings-service';
import type { VaultSession } from '../vault/vault-session';

/** The app itself: name and version, the country list, the idle-timer ping, and the settings (a new auto-lock applies at once). */
export function appHandlers(session: VaultSession, now: () => Date, appVersion: string): HandlersOf<typeof appChannels> {
  return {
    'app.info': async () => ({ name: 'DPO Desk', version: appVersion }),
    'reference.countries': async ({ language }) => listCountries(language),
    'session.activity': async () => {
      session.touch();
      return { ok: true };
    },
    'settings.get': async () => readSettings(session.db()),
    'settings.update': async ({ changes }) => {
      const settings = await updateSettings(session.db(), changes, session.actor, now());
      if (changes['security.autoLockMinutes'] !== undefined) session.setAutoLockMinutes(settings['security.autoLockMinutes']);
      return settings;
    },
    'settings.commitmentCheck': async ({ country, subdivision, ...commitments }) =>
      checkCommitments(session.db(), now(), { commitments, place: country === undefined ? undefined : { country, subdivision: subdivision ?? null } }),
  };
}
