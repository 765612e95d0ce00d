/**
 * Reads "48, 24, 6" into numbers within [min, max], largest first, without repeats; null when
 * any part is not a whole number in range. An empty text means no reminders of that kind.
 */
export function parseLeadList(text: string, min: number, max: number): number[] | null {
  const parts = text.split(/[,;\s]+/).filter((part) => part !== '');
  const numbers = parts.map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : Number.NaN));
  if (numbers.some((n) => Number.isNaN(n) || n < min || n > max) || numbers.length > 6) return null;
  return [...new Set(numbers)].sort((a, b) => b - a);
}
