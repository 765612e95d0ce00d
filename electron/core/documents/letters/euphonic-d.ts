/**
 * The euphonic "d" of Italian: the preposition "a" and the conjunction "e" become "ad" and "ed"
 * before a word that opens with the same vowel ("riconosce ad Ana Souza", "Paola ed Elena").
 * A template joins "a" or "e" to a name it does not know ("riconosce a {{subject.you}}"), so the
 * rule runs on the composed Italian text (eleventh review, L10). Only before a capital, a name:
 * the DPO's ordinary words are left as typed, and "a Lei" or "e Vi" are untouched.
 */
const BEFORE = String.raw`(?<![\p{L}\p{N}’'.])`;
const A_BEFORE_A = new RegExp(`${BEFORE}([Aa]) (?=[AÀ]\\p{L})`, 'gu');
const E_BEFORE_E = new RegExp(`${BEFORE}([Ee]) (?=[EÈÉ]\\p{L})`, 'gu');

/** "a Ana" → "ad Ana", "e Elena" → "ed Elena" in Italian text; other text is unchanged. */
export function addEuphonicD(text: string): string {
  return text.replace(A_BEFORE_A, (_m, a: string) => `${a}d `).replace(E_BEFORE_E, (_m, e: string) => `${e}d `);
}
