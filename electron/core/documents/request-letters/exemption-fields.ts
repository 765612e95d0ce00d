import { choice, type CatalogueEntry } from '../letters/catalogue-entry';

/**
 * The provision a refusal on an exemption rests on, printed as the letter cites it ("the
 * exemption in Article 17(3)(b) GDPR"): a refusal names the exemption the DPO chose, never a
 * generic "Article 23 and national law" (an Art. 17(3)(b) refusal for invoices kept under the
 * Civil Code is not an Art. 23 restriction).
 */
const PROVISIONS = {
  'art-15-4': { en: 'Article 15(4)', it: 'art. 15, par. 4' },
  'art-17-3-a': { en: 'Article 17(3)(a)', it: 'art. 17, par. 3, lett. a)' },
  'art-17-3-b': { en: 'Article 17(3)(b)', it: 'art. 17, par. 3, lett. b)' },
  'art-17-3-c': { en: 'Article 17(3)(c)', it: 'art. 17, par. 3, lett. c)' },
  'art-17-3-d': { en: 'Article 17(3)(d)', it: 'art. 17, par. 3, lett. d)' },
  'art-17-3-e': { en: 'Article 17(3)(e)', it: 'art. 17, par. 3, lett. e)' },
  'art-21-1': { en: 'Article 21(1)', it: 'art. 21, par. 1' },
  'art-22-2': { en: 'Article 22(2)', it: 'art. 22, par. 2' },
  'art-23': { en: 'Article 23', it: 'art. 23' },
};

/**
 * Codice privacy art. 2-undecies, comma 1: the only cases in which Italian law restricts the
 * rights under it (and, except for lett. c), where comma 2 applies, lets the person act through
 * the Garante under comma 3 and art. 160). Printed after "comma 1,".
 */
const UNDECIES_LETTERS = {
  a: { en: 'letter (a)', it: 'lett. a)' },
  b: { en: 'letter (b)', it: 'lett. b)' },
  c: { en: 'letter (c)', it: 'lett. c)' },
  d: { en: 'letter (d)', it: 'lett. d)' },
  e: { en: 'letter (e)', it: 'lett. e)' },
  f: { en: 'letter (f)', it: 'lett. f)' },
  'f-bis': { en: 'letter (f-bis)', it: 'lett. f-bis)' },
};

/** The refusal letter's two exemption inputs: the provision, and the 2-undecies letter when an Italian law restricts the right. */
export const EXEMPTION_FIELDS: Record<string, CatalogueEntry> = {
  'refusal.exemptionProvision': choice(
    PROVISIONS,
    'Exemption the refusal rests on: 15(4) rights of others; 17(3)(a)–(e) erasure exceptions; 21(1) compelling grounds or legal claims; 22(2); 23 restriction by law',
    'Eccezione su cui si fonda il rifiuto: 15(4) diritti altrui; 17(3)(a)–(e) eccezioni alla cancellazione; 21(1) motivi cogenti o diritto in sede giudiziaria; 22(2); 23 limitazione per legge',
  ),
  'refusal.undeciesLetter': choice(
    UNDECIES_LETTERS,
    'Italian Privacy Code art. 2-undecies(1): the letter that restricts the right (only with Article 23; a) money laundering, b) extortion victims, c) parliamentary inquiries, d) monetary and financial supervision, e) defence investigations or legal claims, f) whistleblowers, f-bis) tax)',
    'Codice privacy art. 2-undecies, comma 1: la lettera che limita il diritto (solo con l’art. 23; a) antiriciclaggio, b) vittime di estorsione, c) commissioni d’inchiesta, d) vigilanza monetaria e finanziaria, e) investigazioni difensive o diritto in giudizio, f) segnalanti, f-bis) materia tributaria)',
  ),
};
