import type { SettingsPatch } from '../../shared/settings';

/**
 * The demo's organisation: a fictitious Italian SaaS company (".example" domains, a
 * placeholder phone number), and the real supervisory authority it answers to.
 */
export const DEMO_ORGANISATION: SettingsPatch = {
  'organisation.name': 'Lumenta Srl (demo)',
  'organisation.address': 'Via dell’Esempio 1\n20121 Milano MI\nItalia',
  'organisation.country': 'IT',
  'organisation.timeZone': 'Europe/Rome',
  'organisation.dpoName': 'Maria Esposito',
  'organisation.dpoEmail': 'dpo@lumenta.example',
  'organisation.dpoPhone': '+39 02 0000 0000',
  // The controller's identifiers the notification to the Garante requires (Provv. 157/2019, "dati del titolare"): a placeholder VAT number and ".example" addresses.
  'organisation.vatNumber': 'IT00000000000',
  'organisation.pec': 'lumenta@pec.example',
  'organisation.email': 'privacy@lumenta.example',
  'organisation.phone': '+39 02 0000 0001',
  'organisation.authorityName': 'Garante per la protezione dei dati personali',
  'organisation.authorityAddress': 'Piazza Venezia 11\n00187 Roma',
  'organisation.authorityWebsite': 'https://www.garanteprivacy.it',
  'organisation.letterLanguage': 'it',
  'commitments.responseDays': 30,
  'commitments.complexResponseDays': 60,
  'commitments.acknowledgeDays': 2,
};
