import type { DraftState } from './use-letter-draft';
import type { InputValues } from './document-types';

const same = (a: string | string[] | undefined, b: string | string[]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A kept draft as a letter opened for something in particular takes it back: the inputs it was
 * opened with win over the draft's, and the draft's edited text is kept only when the draft was
 * about the same thing (a notice edited for one client is not offered to another).
 */
export function withInitialInputs(kept: DraftState, initial: InputValues | undefined): DraftState {
  if (!initial) return kept;
  const matches = Object.entries(initial).every(([key, value]) => same(kept.inputs[key], value));
  return { date: kept.date, inputs: { ...kept.inputs, ...initial }, body: matches ? kept.body : null };
}
