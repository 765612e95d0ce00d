import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../electron/shared/settings';
import { fieldForIssuePath, invalidDayFields, patchFromValues, valuesFromSettings } from './organisation-fields';

const freshVault: Settings = {
  'organisation.name': null,
  'organisation.address': null,
  'organisation.country': null,
  'organisation.subdivision': null,
  'organisation.timeZone': null,
  'organisation.vatNumber': null,
  'organisation.pec': null,
  'organisation.email': null,
  'organisation.phone': null,
  'organisation.privacyPolicyUrl': null,
  'organisation.dpoName': null,
  'organisation.dpoEmail': null,
  'organisation.dpoPhone': null,
  'organisation.authorityName': null,
  'organisation.authorityAddress': null,
  'organisation.authorityWebsite': null,
  'organisation.letterLanguage': null,
  'ccpa.sellsOrShares': null,
  'ccpa.optOutNoticeUrl': null,
  'commitments.responseDays': null,
  'commitments.complexResponseDays': null,
  'commitments.acknowledgeDays': null,
  'deadlines.gdprExtension': null,
  'deadlines.gdprIdentity': null,
  'deadlines.ccpaBusinessDays': null,
  'breaches.followUpDays': null,
  'nis2.scope': null,
  'nis2.authority': null,
  'nis2.contactName': null,
  'nis2.contactRole': null,
  'nis2.contactEmail': null,
  'nis2.contactPhone': null,
  'security.autoLockMinutes': 10,
  'backup.folder': null,
  'backup.schedule': 'daily',
};

describe('organisation form values', () => {
  const empty = valuesFromSettings(freshVault);

  it('shows unset settings as empty fields, never invented values', () => {
    expect(Object.values(empty).every((value) => value === '')).toBe(true);
  });

  it('sends the readings of open points as their values, and an empty choice as null (the default)', () => {
    expect(patchFromValues({ ...empty, gdprExtension: 'from-first-end', ccpaBusinessDays: 'federal' }, empty)).toEqual({
      'deadlines.gdprExtension': 'from-first-end',
      'deadlines.ccpaBusinessDays': 'federal',
    });
    expect(patchFromValues({ ...empty, gdprExtension: '' }, { ...empty, gdprExtension: 'from-first-end' })).toEqual({ 'deadlines.gdprExtension': null });
    expect(patchFromValues({ ...empty, gdprIdentity: 'suspended' }, empty)).toEqual({ 'deadlines.gdprIdentity': 'suspended' });
    expect(patchFromValues({ ...empty, sellsOrShares: 'yes', optOutNoticeUrl: 'https://noventia.example/opt-out' }, empty)).toEqual({ 'ccpa.sellsOrShares': 'yes', 'ccpa.optOutNoticeUrl': 'https://noventia.example/opt-out' });
    expect(patchFromValues({ ...empty, sellsOrShares: '' }, { ...empty, sellsOrShares: 'no' })).toEqual({ 'ccpa.sellsOrShares': null });
    // The NIS2 CSIRT contact who signs the reports to the CSIRT (D.lgs. 138/2024 art. 25).
    expect(patchFromValues({ ...empty, csirtContactName: ' Luca Bianchi ', csirtContactEmail: 'csirt@noventia.example' }, empty)).toEqual({ 'nis2.contactName': 'Luca Bianchi', 'nis2.contactEmail': 'csirt@noventia.example' });
  });

  it('sends only changed fields, trimmed, with empty ones as null and days as numbers', () => {
    const saved = { ...empty, name: 'Noventia Srl', dpoPhone: '+39 02 1234' };
    const values = { ...saved, name: '  Noventia S.r.l. ', dpoPhone: ' ', responseDays: '30', letterLanguage: 'it' };
    expect(patchFromValues(values, saved)).toEqual({
      'organisation.name': 'Noventia S.r.l.',
      'organisation.dpoPhone': null,
      'commitments.responseDays': 30,
      'organisation.letterLanguage': 'it',
    });
  });

  it('sends nothing when nothing changed', () => {
    expect(patchFromValues(empty, empty)).toEqual({});
  });

  it('maps API issue paths to fields', () => {
    expect(fieldForIssuePath('changes.organisation.dpoEmail')).toBe('dpoEmail');
    expect(fieldForIssuePath('commitments.acknowledgeDays')).toBe('acknowledgeDays');
    expect(fieldForIssuePath('changes')).toBeNull();
  });

  it('rejects day counts that are not whole numbers from 1 to 365', () => {
    const values = { ...empty, responseDays: '0', complexResponseDays: '2.5', acknowledgeDays: '366' };
    expect(invalidDayFields(values)).toEqual(['responseDays', 'complexResponseDays', 'acknowledgeDays']);
    expect(invalidDayFields({ ...empty, responseDays: '30' })).toEqual([]);
    expect(invalidDayFields({ ...empty, followUpDays: '0' })).toEqual(['followUpDays']);
  });

  it('sends the Art. 33(4) follow-up period as a number of days, and an empty field as null (the default of 30)', () => {
    expect(patchFromValues({ ...empty, followUpDays: '20' }, empty)).toEqual({ 'breaches.followUpDays': 20 });
    expect(patchFromValues({ ...empty, followUpDays: '' }, { ...empty, followUpDays: '20' })).toEqual({ 'breaches.followUpDays': null });
  });
});
