import type { Localised } from '../../../shared/document-contract';
import { choice, fromCase, type CatalogueEntry } from '../letters/catalogue-entry';

/**
 * The provision a refusal on an exemption rests on, printed as the letter cites it ("the
 * exemption in Article 17(3)(b) GDPR"): a refusal names the exemption the DPO chose, never a
 * generic "Article 23 and national law" (an Art. 17(3)(b) refusal for invoices kept under the
 * Civil Code is not an Art. 23 restriction).
 */
export const EXEMPTION_PROVISIONS: Record<string, Localised> = {
  // Offered so that choosing it is answered with the letter to send: a refusal never rests on it (review 5, E20).
  'art-15-4': { en: 'Article 15(4), not a refusal: the partial access letter', it: 'art. 15, par. 4, non un rifiuto: la lettera di accesso parziale' },
  'art-17-3-a': { en: 'Article 17(3)(a)', it: 'art. 17, par. 3, lett. a)' },
  'art-17-3-b': { en: 'Article 17(3)(b)', it: 'art. 17, par. 3, lett. b)' },
  'art-17-3-c': { en: 'Article 17(3)(c)', it: 'art. 17, par. 3, lett. c)' },
  'art-17-3-d': { en: 'Article 17(3)(d)', it: 'art. 17, par. 3, lett. d)' },
  'art-17-3-e': { en: 'Article 17(3)(e)', it: 'art. 17, par. 3, lett. e)' },
  'art-21-1': { en: 'Article 21(1)', it: 'art. 21, par. 1' },
  'art-22-2': { en: 'Article 22(2)', it: 'art. 22, par. 2' },
  'art-23': { en: 'Article 23', it: 'art. 23' },
};

/** The exceptions to erasure alone (Art. 17(3)(a)–(e)): what a partial erasure may keep data under. */
const ERASURE_EXCEPTIONS = Object.fromEntries(Object.entries(EXEMPTION_PROVISIONS).filter(([key]) => key.startsWith('art-17-3-')));

/**
 * Art. 17(3) disapplies erasure only "to the extent that processing is necessary": a refusal
 * says the exception covers all the data concerned, or is not the letter to send (review 5, E18).
 */
const EXTENTS = {
  all: { en: 'the exception covers all the data concerned', it: 'l’eccezione riguarda tutti i dati in questione' },
  part: { en: 'the rest of the data was erased', it: 'il resto dei dati è stato cancellato' },
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

/** The refusal letter's exemption inputs (the provision, its extent, the 2-undecies letter when an Italian law restricts the right), the partial erasure's exception, and both cited and said in words. */
export const EXEMPTION_FIELDS: Record<string, CatalogueEntry> = {
  'refusal.exemptionProvision': choice(
    EXEMPTION_PROVISIONS,
    'Exemption the refusal rests on: 17(3)(a)–(e) erasure exceptions; 21(1) compelling grounds or legal claims; 22(2); 23 restriction by law, with the law that makes it (refusal.undeciesLetter in Italy, refusal.dpaProvision under the UK GDPR) (15(4), the rights of others, is not a refusal: send the partial access letter)',
    'Eccezione su cui si fonda il rifiuto: 17(3)(a)–(e) eccezioni alla cancellazione; 21(1) motivi cogenti o diritto in sede giudiziaria; 22(2); 23 limitazione per legge, con la norma che la prevede (refusal.undeciesLetter in Italia, refusal.dpaProvision per il UK GDPR) (il 15(4), diritti altrui, non è un rifiuto: invia la lettera di accesso parziale)',
  ),
  'refusal.exemptionExtent': choice(
    EXTENTS,
    'Art. 17(3) refusal: does the exception cover all the data concerned (all), or was the rest erased (part: send the partial erasure confirmation instead)?',
    'Rifiuto ex art. 17, par. 3: l’eccezione riguarda tutti i dati in questione (all), o il resto è stato cancellato (part: invia invece la conferma di cancellazione parziale)?',
  ),
  'refusal.exemptionCitation': fromCase('The exemption the refusal rests on, cited (choose refusal.exemptionProvision)', 'L’eccezione su cui si fonda il rifiuto, citata (scegli refusal.exemptionProvision)'),
  'refusal.exemptionMeaning': fromCase('What the exemption says, in words (from the provision chosen)', 'Che cosa prevede l’eccezione, in parole (dalla norma scelta)'),
  'action.retainedException': choice(
    ERASURE_EXCEPTIONS,
    'Partial erasure: the Art. 17(3) exception under which the data kept is kept',
    'Cancellazione parziale: l’eccezione dell’art. 17, par. 3, per cui i dati conservati sono conservati',
  ),
  'action.retainedCitation': fromCase('The exception the data kept rests on, cited (choose action.retainedException)', 'L’eccezione per cui i dati sono conservati, citata (scegli action.retainedException)'),
  'action.retainedMeaning': fromCase('What the exception says, in words (from the exception chosen)', 'Che cosa prevede l’eccezione, in parole (dall’eccezione scelta)'),
  'refusal.undeciesLetter': choice(
    UNDECIES_LETTERS,
    'Italian Privacy Code art. 2-undecies(1): the letter that restricts the right (only with Article 23; a) money laundering, b) extortion victims, c) parliamentary inquiries, d) monetary and financial supervision, e) defence investigations or legal claims, f) whistleblowers, f-bis) tax)',
    'Codice privacy art. 2-undecies, comma 1: la lettera che limita il diritto (solo con l’art. 23; a) antiriciclaggio, b) vittime di estorsione, c) commissioni d’inchiesta, d) vigilanza monetaria e finanziaria, e) investigazioni difensive o diritto in giudizio, f) segnalanti, f-bis) materia tributaria)',
  ),
};
