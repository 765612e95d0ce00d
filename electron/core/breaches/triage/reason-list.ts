import type { ReasonFactor, TriageReason } from '../../../shared/triage-result';

/**
 * Collects the sentences of a triage's explanation. Sentences about the same factor are
 * joined into one reason, so each factor code appears at most once and the UI can key a
 * translation on it; reasons keep the order in which their factor was first named.
 */
export class ReasonList {
  private readonly entries = new Map<ReasonFactor, string[]>();

  add(factor: ReasonFactor, sentence: string): void {
    const existing = this.entries.get(factor);
    if (existing) existing.push(sentence);
    else this.entries.set(factor, [sentence]);
  }

  has(factor: ReasonFactor): boolean {
    return this.entries.has(factor);
  }

  toArray(): TriageReason[] {
    return [...this.entries].map(([factor, sentences]) => ({ factor, text: sentences.join(' ') }));
  }
}

/** A score as the reasons print it: two decimals (3.25, 2.00). */
export function formatScore(value: number): string {
  return value.toFixed(2);
}

/** A count with thousands separators, independent of the machine's locale. */
export function formatCount(value: number): string {
  return new Intl.NumberFormat('en-GB').format(value);
}
