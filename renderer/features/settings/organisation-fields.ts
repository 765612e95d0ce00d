import type { Settings, SettingsPatch } from '../../../electron/shared/settings';

/** The settings the Organisation tab edits, each with its form id (used for i18n keys). */
export const organisationFields = {
  name: 'organisation.name',
  address: 'organisation.address',
  country: 'organisation.country',
  subdivision: 'organisation.subdivision',
  timeZone: 'organisation.timeZone',
  vatNumber: 'organisation.vatNumber',
  pec: 'organisation.pec',
  email: 'organisation.email',
  phone: 'organisation.phone',
  privacyPolicyUrl: 'organisation.privacyPolicyUrl',
  sellsOrShares: 'ccpa.sellsOrShares',
  optOutNoticeUrl: 'ccpa.optOutNoticeUrl',
  dpoName: 'organisation.dpoName',
  dpoEmail: 'organisation.dpoEmail',
  dpoPhone: 'organisation.dpoPhone',
  authorityName: 'organisation.authorityName',
  authorityAddress: 'organisation.authorityAddress',
  authorityWebsite: 'organisation.authorityWebsite',
  csirtContactName: 'nis2.contactName',
  csirtContactRole: 'nis2.contactRole',
  csirtContactEmail: 'nis2.contactEmail',
  csirtContactPhone: 'nis2.contactPhone',
  letterLanguage: 'organisation.letterLanguage',
  responseDays: 'commitments.responseDays',
  complexResponseDays: 'commitments.complexResponseDays',
  acknowledgeDays: 'commitments.acknowledgeDays',
  gdprExtension: 'deadlines.gdprExtension',
  gdprIdentity: 'deadlines.gdprIdentity',
  ccpaBusinessDays: 'deadlines.ccpaBusinessDays',
  followUpDays: 'breaches.followUpDays',
} as const;

export type OrganisationField = keyof typeof organisationFields;
export type OrganisationValues = Record<OrganisationField, string>;

const fieldNames = Object.keys(organisationFields) as OrganisationField[];
const dayFields = ['responseDays', 'complexResponseDays', 'acknowledgeDays', 'followUpDays'] as const satisfies readonly OrganisationField[];
type DayField = (typeof dayFields)[number];

function isDayField(field: OrganisationField): field is DayField {
  return (dayFields as readonly string[]).includes(field);
}

/** The form's text values for stored settings: a missing value is an empty field. */
export function valuesFromSettings(settings: Settings): OrganisationValues {
  const entries = fieldNames.map((field) => {
    const stored = settings[organisationFields[field]];
    return [field, stored === null ? '' : String(stored)] as const;
  });
  return Object.fromEntries(entries) as OrganisationValues;
}

/** The form field for an API issue path such as 'changes.organisation.dpoEmail', if any. */
export function fieldForIssuePath(path: string): OrganisationField | null {
  const key = path.replace(/^changes\./, '');
  return fieldNames.find((field) => organisationFields[field] === key) ?? null;
}

/** Day fields that do not hold a whole number from 1 to 365 (checked here, so they are never sent as NaN). */
export function invalidDayFields(values: OrganisationValues): OrganisationField[] {
  return dayFields.filter((field) => {
    const text = values[field].trim();
    if (!text) return false;
    const days = Number(text);
    return !/^\d+$/.test(text) || days < 1 || days > 365;
  });
}

/**
 * The update for the fields that changed since the last load: trimmed, with empty fields
 * sent as null (meaning "not set") and day counts as numbers.
 */
export function patchFromValues(values: OrganisationValues, saved: OrganisationValues): SettingsPatch {
  const patch: SettingsPatch = {};
  for (const field of fieldNames) {
    const text = values[field].trim();
    if (text === saved[field].trim()) continue;
    if (isDayField(field)) patch[organisationFields[field]] = text ? Number(text) : null;
    else if (field === 'letterLanguage') patch['organisation.letterLanguage'] = text === 'en' || text === 'it' ? text : null;
    else if (field === 'gdprExtension') patch['deadlines.gdprExtension'] = text === 'from-receipt' || text === 'from-first-end' ? text : null;
    else if (field === 'gdprIdentity') patch['deadlines.gdprIdentity'] = text === 'keeps-running' || text === 'suspended' ? text : null;
    else if (field === 'sellsOrShares') patch['ccpa.sellsOrShares'] = text === 'yes' || text === 'no' ? text : null;
    else if (field === 'ccpaBusinessDays') patch['deadlines.ccpaBusinessDays'] = text === 'california' || text === 'federal' ? text : null;
    else patch[organisationFields[field]] = text || null;
  }
  return patch;
}
