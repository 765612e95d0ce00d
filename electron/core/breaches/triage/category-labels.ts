import type { DataCategory } from '../../../shared/breach-facts';

/**
 * English names of the data categories, as a DPO writes them in a reason. The codes stay
 * the stable keys; the UI translates from the codes.
 */
export const categoryLabels: Record<DataCategory, string> = {
  identity: 'identity data',
  contact: 'contact details',
  demographic: 'demographic data',
  'online-identifiers': 'online identifiers',
  credentials: 'login credentials',
  financial: 'financial data',
  'payment-card': 'payment card data',
  'government-id': 'government ID numbers',
  location: 'location data',
  communications: 'communications',
  behavioural: 'behavioural data',
  employment: 'employment data',
  education: 'education data',
  health: 'health data',
  genetic: 'genetic data',
  biometric: 'biometric data',
  'racial-ethnic': 'racial or ethnic origin',
  political: 'political opinions',
  religious: 'religious or philosophical beliefs',
  'trade-union': 'trade union membership',
  'sex-life': 'sex life or sexual orientation',
  criminal: 'criminal convictions and offences',
};

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The categories' labels joined in words, in the order given. */
export function categoriesInWords(categories: readonly DataCategory[]): string {
  return listInWords(categories.map((category) => categoryLabels[category]));
}
