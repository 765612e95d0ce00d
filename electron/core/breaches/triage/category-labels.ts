import type { DataCategory } from '../../../shared/breach-facts';
import { msg, type Message } from '../../i18n';
import { listMessage } from './reason-list';

/**
 * The name of a data category as a DPO writes it in a reason (`msg.triage.category.*`):
 * `payment card data`, `dati delle carte di pagamento`. The codes stay the stable keys.
 */
export function categoryMessage(category: DataCategory): Message {
  return msg(`msg.triage.category.${category}`);
}

/** The categories' names joined in words, in the order given: "a, b and c". */
export function categoriesInWords(categories: readonly DataCategory[]): Message[] {
  return listMessage(categories.map(categoryMessage));
}
