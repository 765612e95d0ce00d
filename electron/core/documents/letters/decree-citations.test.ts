import { describe, expect, it } from 'vitest';
import { catalogueStrings, type CatalogueString } from '../../../../test/support/catalogue-strings';

/**
 * One form for each Italian decree in every string a user reads, app, CLI and documents
 * alike (GLOSSARY.md, "Citations of Italian decrees"; review C44): `D.Lgs. 138/2024` and
 * `D.Lgs. 196/2003` in Italian, `Legislative Decree No. 138/2024` in English.
 */
function decreeProblems(s: Pick<CatalogueString, 'language' | 'text'>): string[] {
  const found: string[] = [];
  for (const m of s.text.matchAll(/\bd\.\s*lgs\b\.?\s*(?:n\.\s*)?[^\s,;)]*/gi)) if (!/^D\.Lgs\. \d+\/\d{4}$/.test(m[0])) found.push(m[0]);
  if (s.language === 'en' && /\bD\.Lgs\./.test(s.text)) found.push('D.Lgs. in English');
  for (const m of s.text.matchAll(/\blegislative decree\b[^,;)]{0,30}/gi)) if (!/^Legislative Decree No\. \d+\/\d{4}/.test(m[0])) found.push(m[0]);
  for (const m of s.text.matchAll(/\bdecreto legislativo\b|\bCodice della privacy\b|\bCodice Privacy\b/g)) found.push(m[0]);
  return found;
}

describe('citations of Italian decrees', () => {
  it('are written one way in every catalogue, template and string of the code', () => {
    const problems = catalogueStrings('all').flatMap((s) => decreeProblems(s).map((p) => `${s.where}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('has a rule that fails on the other spellings', () => {
    for (const text of ['art. 25 del D.lgs. 138/2024', 'd.lgs. 30 giugno 2003, n. 196', 'D.Lgs. n. 138/2024', 'D.LGS. 138/2024', 'decreto legislativo 4 settembre 2024, n. 138', 'Legislative Decree No. 196 of 30 June 2003', 'Legislative Decree 138/2024'])
      expect(decreeProblems({ language: null, text }), text).not.toEqual([]);
    expect(decreeProblems({ language: 'en', text: 'Article 25 D.Lgs. 138/2024' })).not.toEqual([]);
    for (const text of ['art. 25, comma 5, lett. a), del D.Lgs. 138/2024', 'Codice in materia di protezione dei dati personali (D.Lgs. 196/2003)', 'Article 25(5)(a) of Legislative Decree No. 138/2024; Legislative Decree No. 196/2003'])
      expect(decreeProblems({ language: null, text }), text).toEqual([]);
  });
});
