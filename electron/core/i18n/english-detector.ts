/**
 * Finds English left in text meant to be Italian: English function words that Italian never
 * uses, outside titles quoted «like this», the names of laws and bodies that stay in
 * English (ENISA, EDPB, the UK's and California's acts) and what the CLI's help quotes as typed
 * (`code spans`, --flags). Used by the catalogue walk and the
 * tests of rendered explanations; it reports the words it found, so a failure says what to fix.
 */
const KEPT_NAMES = [
  /Data \(Use and Access\) Act 2025/g,
  /UK GDPR/g,
  /Cal\. Gov\. Code/g,
];

/** What a command line's help names as it is typed: `code spans` and flags such as --aware-at, never translated. */
const CODE = /`[^`]*`|--[a-z][a-z0-9-]*/g;

const ENGLISH_WORDS = /\b(the|of|and|is|are|was|were|with|which|when|this|that|from|by|to|for|not|be|has|have|will|may|or|on|at|after|before|days?|months?|received|clock|people|notify|risk)\b/gi;

/** The English words found in `text`, lower-cased, without repeats; empty when it reads as Italian. */
export function englishWords(text: string): string[] {
  let stripped = text.replace(/«[^»]*»/g, ' ').replace(CODE, ' ');
  for (const name of KEPT_NAMES) stripped = stripped.replace(name, ' ');
  const found = (stripped.match(ENGLISH_WORDS) ?? []).map((word) => word.toLowerCase());
  return [...new Set(found)];
}
