import { describe, expect, it } from 'vitest';
import { catalogueStrings } from '../../../../test/support/catalogue-strings';
import { nestedBrackets } from './brackets';
import { defineRegulationOnce } from './regulation-definition';

describe('brackets in documents', () => {
  it('never nest in the text of a letter, a notice or a report', () => {
    // The templates and their labels: the code's own strings are checked on what they print, in the corpus.
    const problems = catalogueStrings('documents').filter((s) => s.where.startsWith('assets/')).flatMap((s) => nestedBrackets(s.text).map((p) => `${s.where}: …${p}…`));
    expect(problems).toEqual([]);
  });

  it('names the Regulation in full inside a parenthetical without opening another (“GDPR” after a comma)', () => {
    const [en] = defineRegulationOnce(['The withdrawal does not affect the lawfulness of processing before it (Article 7(3) GDPR).'], 'en');
    expect(en).toBe('The withdrawal does not affect the lawfulness of processing before it (Article 7(3) of Regulation (EU) 2016/679, the “GDPR”).');
    const [italian] = defineRegulationOnce(['La revoca non pregiudica la liceità del trattamento (art. 7, par. 3, GDPR).'], 'it');
    expect(italian).toBe('La revoca non pregiudica la liceità del trattamento (art. 7, par. 3, del Regolamento (UE) 2016/679, il «GDPR»).');
    for (const text of [en, italian]) expect(nestedBrackets(text ?? '')).toEqual([]);
    // Letters cited together end in a citation's bracket, not the parenthetical's: the definition after them stays in it, after a comma.
    const [letters] = defineRegulationOnce(['La cancelleremo non appena conclusa la verifica (art. 5, par. 1, lett. c) ed e), GDPR).'], 'it');
    expect(letters).toBe('La cancelleremo non appena conclusa la verifica (art. 5, par. 1, lett. c) ed e), del Regolamento (UE) 2016/679, il «GDPR»).');
    expect(nestedBrackets(letters ?? '')).toEqual([]);
    // Outside brackets, the definition stays in its own brackets.
    expect(defineRegulationOnce(['Under Article 15 GDPR you may ask.'], 'en')[0]).toBe('Under Article 15 of Regulation (EU) 2016/679 (“GDPR”) you may ask.');
  });

  it('has a rule that fails on a bracket inside a bracket, and passes a citation’s own brackets', () => {
    // The identity letter's old text (review 4, C21): the check read "e)" as closing the parenthetical and missed the nesting.
    const identityLetterBefore = '(art. 5, par. 1, lett. c) ed e), del Regolamento (UE) 2016/679 («GDPR»))';
    for (const text of ['(see our notice (Article 7(3)) of 2 May)', '((a))', '(art. 25, comma 5 (lett. b))', '(as agreed (by e-mail))', identityLetterBefore, '(art. 6, par. 1, lett. a), b) e f), del Codice («Codice»))'])
      expect(nestedBrackets(text), text).not.toEqual([]);
    for (const text of ['(Article 15(3))', '(art. 25, comma 5, lett. b))', '(Art. 23(4)(e) NIS2)', '(section 7022(f)(3))', '(Articles 11(2) and 12(2) and (6) GDPR)', '(Article 23 of Directive (EU) 2022/2555)', 'art. 2-undecies, comma 1, lett. f-bis), del Codice', '(Article 2-undecies(3) of the Code)', 'Regulation (EU) 2016/679 (“GDPR”)', '(art. 5, par. 1, lett. c) ed e), del Regolamento (UE) 2016/679, il «GDPR»)', '(art. 6, par. 1, lett. a), b) e f), GDPR)'])
      expect(nestedBrackets(text), text).toEqual([]);
  });
});
