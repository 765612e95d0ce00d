/**
 * Letters cited together ("lett. c) ed e)", "lett. a), b) e f)"): each letter's bracket is the
 * citation's. Left in, the last one ("e)") closed the parenthetical around the citation, so a
 * bracket opened after it ("(art. 5, par. 1, lett. c) ed e), del Regolamento (UE) 2016/679
 * («GDPR»))") was counted at depth one and its nesting went unseen.
 */
const LETTERS_LISTED = /\b(?:lett|lettere|lettera)\. [a-z](?:-bis)?\)(?:(?:,| e| ed| o| od|, e|, o) [a-z](?:-bis)?\))+/g;

/**
 * A citation's own brackets ("15(3)", "23(4)(e)", "2-undecies(3)", "7022(f)(3)", "12(2) and (6)", "lett. b)",
 * "lett. f-bis)") and those of a law's name ("Regulation (EU) 2016/679") are part of it, not a
 * parenthetical: they are taken out before brackets are counted.
 */
function withoutCitationBrackets(text: string): string {
  return text
    .replace(/(\d[A-Z]?|\d-[a-z]+)((?:\([0-9a-z]{1,4}\))+)/g, '$1')
    .replace(/\b(and|or|to|e|o) ((?:\([0-9a-z]{1,4}\))+)/g, '$1')
    .replace(/\((EU|UE|EEC, Euratom|CEE, Euratom)\)/g, '$1')
    .replace(LETTERS_LISTED, (letters) => letters.replace(/\)/g, ''))
    .replace(/\b(lett|lettera|n)\. ([a-z](?:-bis)?|\d+)\)/g, '$1 $2');
}

/** How many parentheticals are open at the end of `text` (a citation's own brackets not counted). */
export function openBrackets(text: string): number {
  let depth = 0;
  for (const c of withoutCitationBrackets(text)) {
    if (c === '(') depth += 1;
    else if (c === ')') depth = Math.max(0, depth - 1);
  }
  return depth;
}

/**
 * The places where a bracket opens inside another (GLOSSARY.md, "Brackets"; review C21):
 * "(… (Article 7(3)) …)" or "((". A citation's own closing bracket before the
 * parenthetical's ("(Article 15(3))", "(art. 25, comma 5, lett. b))") is not a nesting.
 */
export function nestedBrackets(text: string): string[] {
  const plain = withoutCitationBrackets(text);
  const found: string[] = [];
  let depth = 0;
  for (let i = 0; i < plain.length; i++) {
    const c = plain[i];
    if (c === '(') {
      depth += 1;
      if (depth > 1) found.push(plain.slice(Math.max(0, i - 40), i + 40));
    } else if (c === ')') depth = Math.max(0, depth - 1);
  }
  return found;
}
