import type { LetterInputs } from '../../electron/shared/document-contract';

/** The inputs of a complete GDPR access response (Art. 15(1)(a)–(h), the copy enclosed), shared by the letter tests. */
export const ACCESS_INPUTS: LetterInputs = {
  'access.purposes': ['Providing the service'],
  'access.categories': ['Contact data'],
  'access.recipients': ['Hosting provider'],
  'access.transfers': 'None',
  'access.retention': 'Contract plus 3 years',
  'access.source': 'The person',
  'access.automatedDecisions': 'None',
  'access.enclosures': ['export.json'],
};

/** The inputs of a complete CCPA response to know, categories only (§ 7024(k)), shared by the letter tests. */
export const CCPA_KNOW_INPUTS: LetterInputs = {
  'ccpa.details': 'We sent the data through the secure portal.',
  'ccpa.knowScope': 'categories',
  'ccpa.categoriesCollected': 'Identifiers',
  'ccpa.sources': 'Sign-up form',
  'ccpa.purposes': 'Providing the service',
  'ccpa.thirdParties': 'Hosting providers',
  'ccpa.soldShared': 'None',
  'ccpa.disclosedBusiness': 'Identifiers, to hosting providers',
};
