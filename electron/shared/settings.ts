import { z } from 'zod';

/**
 * Every setting kept in the vault, one schema per key. Keys are what the CLI's
 * `settings get|set KEY` and the audit trail name. Nothing has an invented default:
 * organisation facts are `null` until the DPO enters them.
 */
const text = (max: number) => z.string().trim().min(1).max(max).nullable();
const days = z.number().int().min(1).max(365).nullable();

export const settingSchemas = {
  'organisation.name': text(200),
  'organisation.address': text(500),
  'organisation.country': z
    .string()
    .regex(/^[A-Z]{2}$/, 'Use a two-letter ISO 3166-1 country code, such as IT')
    .nullable(),
  'organisation.subdivision': z
    .string()
    .regex(/^[A-Z0-9]{1,3}$/, 'Use the subdivision code alone, such as BY for Bavaria')
    .nullable(),
  'organisation.timeZone': z.string().min(1).max(64).nullable(),
  'organisation.dpoName': text(200),
  'organisation.dpoEmail': z.email('Enter an e-mail address such as dpo@example.com').max(254, 'An e-mail address has at most 254 characters').nullable(),
  'organisation.dpoPhone': z
    .string()
    .trim()
    .regex(/^\+?[0-9 ().\-/]{5,30}$/, 'Enter a phone number with digits, spaces and an optional leading +')
    .nullable(),
  'organisation.authorityName': text(200),
  'organisation.authorityAddress': text(500),
  'organisation.authorityWebsite': z.url({ protocol: /^https?$/, error: 'Enter a web address starting with https://' }).nullable(),
  'organisation.vatNumber': z
    .string()
    .trim()
    .regex(/^[A-Z]{0,2}[0-9A-Z]{8,14}$/, 'Enter the VAT number with its country prefix, such as IT01234567890')
    .nullable(),
  'organisation.pec': z.email('Enter the certified e-mail (PEC) address, such as noventia@pec.example.it').nullable(),
  'organisation.email': z.email('Enter an e-mail address such as privacy@example.com').nullable(),
  'organisation.phone': z
    .string()
    .trim()
    .regex(/^\+?[0-9 ().\-/]{5,30}$/, 'Enter a phone number with digits, spaces and an optional leading +')
    .nullable(),
  'organisation.privacyPolicyUrl': z.url({ protocol: /^https?$/, error: 'Enter a web address starting with https://' }).nullable(),
  'organisation.letterLanguage': z.enum(['en', 'it']).nullable(),
  /**
   * Whether the business sells or shares personal information (CCPA): a denial of a request to
   * delete then asks the consumer whether to opt out, with the Notice of Right to Opt-out
   * (CCPA regs §7022(g)); null = not said yet, so such a letter names it as missing.
   */
  'ccpa.sellsOrShares': z.enum(['yes', 'no']).nullable(),
  /** The web address of the Notice of Right to Opt-out of Sale/Sharing (CCPA regs §7013). */
  'ccpa.optOutNoticeUrl': z.url({ protocol: /^https?$/, error: 'Enter a web address starting with https://' }).nullable(),
  'commitments.responseDays': days,
  'commitments.complexResponseDays': days,
  'commitments.acknowledgeDays': days,
  /**
   * GDPR Art. 12(3) "two further months": three months from receipt (null = this default) or
   * two months from the end of the first month.
   */
  'deadlines.gdprExtension': z.enum(['from-receipt', 'from-first-end']).nullable(),
  /**
   * GDPR identity requests (EDPB Guidelines 01/2022 para. 159 says the period "may" be
   * suspended while identity is verified): the period keeps running (null = this default,
   * the cautious plan) or is suspended from the day after the ask to the day the
   * information arrives.
   */
  'deadlines.gdprIdentity': z.enum(['keeps-running', 'suspended']).nullable(),
  /** The holidays CCPA business days skip: California state holidays (null = this default) or US federal ones. */
  'deadlines.ccpaBusinessDays': z.enum(['california', 'federal']).nullable(),
  /**
   * Days after a preliminary notification to the authority by which the complete one is due
   * (Art. 33(4) GDPR: information "in phases without undue further delay", no fixed period);
   * null = 30 days, this office's default until the authority fixes another.
   */
  'breaches.followUpDays': days,
  /**
   * Whether the organisation is within NIS2 (Directive (EU) 2022/2555; Italy: D.Lgs. 138/2024)
   * as an essential or important entity; null or `none`: no NIS2 clocks on breaches.
   */
  'nis2.scope': z.enum(['none', 'essential', 'important']).nullable(),
  /** The national CSIRT or authority significant incidents are reported to (Italy: CSIRT Italia, at ACN). */
  'nis2.authority': text(200),
  /**
   * The organisation's NIS2 CSIRT contact ("referente CSIRT"), who sends the reports to the
   * CSIRT, answers it and signs them: name, role, e-mail and telephone.
   */
  'nis2.contactName': text(200),
  'nis2.contactRole': text(200),
  'nis2.contactEmail': z.email('Enter an e-mail address such as csirt@example.com').max(254, 'An e-mail address has at most 254 characters').nullable(),
  'nis2.contactPhone': z
    .string()
    .trim()
    .regex(/^\+?[0-9 ().\-/]{5,30}$/, 'Enter a phone number with digits, spaces and an optional leading +')
    .nullable(),
  'security.autoLockMinutes': z.number().int().min(1).max(240),
  'backup.folder': z
    .string()
    .trim()
    .max(1024)
    .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'Enter the full path of a folder, such as /media/usb/dpo-backups or E:\\Backups')
    .nullable(),
  'backup.schedule': z.enum(['daily', 'weekly']),
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type Settings = { [K in SettingKey]: z.infer<(typeof settingSchemas)[K]> };
export const settingKeys = Object.keys(settingSchemas) as SettingKey[];

/** Values a fresh vault starts with: security defaults only, never organisation facts. */
export const settingDefaults: Settings = {
  'organisation.name': null,
  'organisation.address': null,
  'organisation.country': null,
  'organisation.subdivision': null,
  'organisation.timeZone': null,
  'organisation.dpoName': null,
  'organisation.dpoEmail': null,
  'organisation.dpoPhone': null,
  'organisation.authorityName': null,
  'organisation.authorityAddress': null,
  'organisation.authorityWebsite': null,
  'organisation.vatNumber': null,
  'organisation.pec': null,
  'organisation.email': null,
  'organisation.phone': null,
  'organisation.privacyPolicyUrl': null,
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

/** A partial update: any subset of keys, each validated by its own schema. */
export const settingsPatchSchema = z
  .object(settingSchemas)
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
