import { addMonths } from '../deadlines';

/**
 * The next review of a register entry: `everyMonths` after its last review, or after today
 * when it has never been reviewed (the last day of the month when the day does not exist).
 */
export function nextReviewOf(lastReviewedOn: string | null | undefined, everyMonths: number, today: string): string {
  return addMonths(lastReviewedOn ?? today, everyMonths).date;
}
