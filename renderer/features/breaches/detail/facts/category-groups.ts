import type { DataCategory } from './facts-form-state';

/**
 * How the data categories are grouped on the form: ordinary data; financial and identity
 * data (fraud exposure); the special categories of Art. 9 and criminal data of Art. 10.
 */
export const CATEGORY_GROUPS = ['ordinary', 'financial', 'special'] as const;
export type CategoryGroup = (typeof CATEGORY_GROUPS)[number];

const groupOf = {
  identity: 'ordinary',
  contact: 'ordinary',
  demographic: 'ordinary',
  'online-identifiers': 'ordinary',
  location: 'ordinary',
  communications: 'ordinary',
  behavioural: 'ordinary',
  employment: 'ordinary',
  education: 'ordinary',
  credentials: 'financial',
  financial: 'financial',
  'payment-card': 'financial',
  'government-id': 'financial',
  health: 'special',
  genetic: 'special',
  biometric: 'special',
  'racial-ethnic': 'special',
  political: 'special',
  religious: 'special',
  'trade-union': 'special',
  'sex-life': 'special',
  criminal: 'special',
} satisfies Record<DataCategory, CategoryGroup>;

/** The categories the API offers, by group, each group in the API's order. */
export function groupCategories(categories: readonly DataCategory[]): Record<CategoryGroup, DataCategory[]> {
  const groups: Record<CategoryGroup, DataCategory[]> = { ordinary: [], financial: [], special: [] };
  for (const category of categories) groups[groupOf[category] ?? 'ordinary'].push(category);
  return groups;
}
