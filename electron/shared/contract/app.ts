import { z } from 'zod';
import { commitmentCheckRequestSchema, type CommitmentBeyondLaw } from '../commitment-check';
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

/** The app itself: its name and version, the country list, the idle-timer ping, the settings and the check of its commitments. */
export const appChannels = {
  'app.info': channel(noInput).returns<AppInfo>(),
  'reference.countries': channel(z.object({ language: languageInput }).strict()).returns<CountryOption[]>(),
  'session.activity': channel(noInput).returns<{ ok: true }>(),
  'settings.get': channel(noInput).returns<Settings>(),
  'settings.update': channel(z.object({ changes: settingsPatchSchema }).strict()).returns<Settings>(),
  /** The commitments as typed, judged against the law of the regimes handled: each one that ends later than the law allows. */
  'settings.commitmentCheck': channel(commitmentCheckRequestSchema).returns<CommitmentBeyondLaw[]>(),
};
