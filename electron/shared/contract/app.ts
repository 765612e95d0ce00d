import { z } from 'zod';
import { settingsPatchSchema, type Settings } from '../settings';
import { channel, languageInput, noInput } from './define-channel';

export interface AppInfo {
  name: string;
  version: string;
}

export interface CountryOption {
  code: string;
  name: string;
  subdivisions: { code: string; name: string }[];
}

/** The app itself: its name and version, the country list, the idle-timer ping and the settings. */
export const appChannels = {
  'app.info': channel(noInput).returns<AppInfo>(),
  'reference.countries': channel(z.object({ language: languageInput }).strict()).returns<CountryOption[]>(),
  'session.activity': channel(noInput).returns<{ ok: true }>(),
  'settings.get': channel(noInput).returns<Settings>(),
  'settings.update': channel(z.object({ changes: settingsPatchSchema }).strict()).returns<Settings>(),
};
