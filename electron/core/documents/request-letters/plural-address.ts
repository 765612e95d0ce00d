/**
 * The Italian letters speak to their reader in the courtesy singular ("Le confermiamo", "la Sua
 * richiesta", "può contattare"). A company or a firm that acts for the person (an authorised
 * agent, a law firm, an association) is addressed in the plural, as Italian business letters do
 * and as the letters to a client already are ("Vi confermiamo", "la Vostra richiesta", "potete
 * contattare"; review 7, G18's remainder). This turns the one into the other on a composed
 * letter, phrase by phrase: the possessives and pronouns of courtesy (capitalised, so never the
 * person's own "suo" or an article), the verbs the letters address to their reader, and nothing
 * said of the person, who is named (`protect`: "Paola Neri ha il diritto" stays as it is).
 */

/** Verbs of the courtesy singular the letters address to their reader, with their plural. */
const VERBS: readonly (readonly [RegExp, string])[] = [
  [/\b([Cc]i )?ha (presentato|fornito|chiesto|richiesto|revocato|esercitato|indicato|inviato|diritto|inoltre il diritto|il diritto)\b/g, '$1avete $2'],
  [/\b([Cc]i )?Ha (presentato|fornito|chiesto|richiesto|revocato|esercitato|indicato|inviato|diritto|inoltre il diritto|il diritto)\b/g, '$1Avete $2'],
  // Not the impersonal "il termine può (più/non) essere prorogato", "ne può derivare".
  [/\bpuò(?! (?:più |anche |non )?(?:essere|derivare))/g, 'potete'],
  [/\bPuò(?! (?:più |anche |non )?(?:essere|derivare))/g, 'Potete'],
  [/\b([Pp])otete rivolgersi\b/g, '$1otete rivolgerVi'],
  [/\b([Dd])i seguito trova\b/g, '$1i seguito trovate'],
  [/\b([Rr])itiene\b/g, '$1itenete'],
  [/\b([Dd])esidera\b/g, '$1esiderate'],
  [/\b([Dd])ispone\b/g, '$1isponete'],
  [/\bnon è d’accordo\b/g, 'non siete d’accordo'],
  [/\bnon condivide\b/g, 'non condividete'],
  [/\b(con|per) cui agisce\b/g, '$1 cui agite'],
  [/\bci risponderà/g, 'ci risponderete'],
  [/\bavrà confermato\b/g, 'avrete confermato'],
  [/\bci invierà/g, 'ci invierete'],
  // The PIPEDA correction sentence (principles 4.9.5–4.9.6) to an agent company (review 10, K12).
  [/\bce lo segnali\b/g, 'segnalatecelo'],
  [/\bse ne dimostrerà/g, 'se ne dimostrerete'],
  [/\bci fornirà/g, 'ci fornirete'],
  [/\bci fornisce\b/g, 'ci fornite'],
  [/\bse chiede\b/g, 'se chiedete'],
  [/\bche utilizza\b/g, 'che utilizzate'],
  [/\bce lo indichi\b/g, 'indicatecelo'],
  [/\bVoi abbia\b/g, 'Voi abbiate'],
  [/\bVoi risiede\b/g, 'Voi risiedete'],
  [/\blo aveva prestato\b/g, 'lo avevate prestato'],
];

/** The courtesy possessives and their plural. */
const POSSESSIVES: Readonly<Record<string, string>> = { Sua: 'Vostra', Suo: 'Vostro', Suoi: 'Vostri', Sue: 'Vostre' };

/** Verbs a sentence opens with after the courtesy "Le"/"La" ("Le confermiamo…", "La preghiamo…"), where an article would open it otherwise ("Le informazioni…"). */
const OPENING_VERBS = 'confermiamo|risponderemo|preghiamo|informeremo|abbiamo|inviamo|invieremo|indichiamo|indicheremo|chiediamo|scriviamo|comunichiamo|forniamo|ringraziamo|ricordiamo|segnaliamo|alleghiamo';

function verb(text: string): string {
  return VERBS.reduce((out, [pattern, plural]) => out.replace(pattern, plural), text);
}

/** The courtesy singular of one stretch of text with no name in it, in the plural. */
function pluralOf(text: string): string {
  let out = text
    .replace(/\bGli(e)l([oiae])\b/g, (_m, _e: string, end: string) => `Ve l${end}`)
    .replace(/\bL’abbiamo informata\b/g, 'Vi abbiamo informati')
    .replace(/\b(Sua|Suo|Suoi|Sue)\b/g, (word: string) => POSSESSIVES[word] ?? word)
    .replace(/(\p{Ll})(?:Le|La|Lo)\b/gu, '$1Vi')
    // Not the Portuguese "Lei" (law) of the LGPD's name.
    .replace(/\bLei\b(?! Geral)/g, 'Voi');
  // "Le"/"La" inside a sentence are the courtesy pronoun (the article is lower-case there); opening one, only before a verb.
  out = out.replace(/([\p{Ll}\p{N},;:)»}] |^ )(?:Le|La)\b/gu, '$1Vi').replace(new RegExp(`(^|[.!?:] )(?:Le|La) (${OPENING_VERBS})\\b`, 'gu'), '$1Vi $2');
  return verb(out);
}

/**
 * An Italian text (a template's, with its placeholders, or a field's the product writes) in the
 * plural of courtesy. `protect` holds the names the text speaks of in the third person (the person
 * the request is about), as a placeholder of a name does: what follows such a name is said of it, not of the
 * reader, and stays singular. What the DPO typed is never given to it (`composeLetter`).
 */
export function pluralAddress(text: string, protect: readonly string[]): string {
  const names = protect.filter((name) => name.trim() !== '').map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // A template's placeholder of a name ("{{subject.name}} ha il diritto") names someone in the third person too.
  const pattern = new RegExp(`(${[...names, '\\{\\{[a-zA-Z]+\\.name\\}\\}'].join('|')})( (?:non )?(?:ha|può|è|risiede|ritiene|condivide|abbia|lo aveva prestato|ha inoltre)(?!\\p{L}))?`, 'gu');
  // The name and the verb said of it are kept as they are; the stretches between them are turned.
  let out = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0;
    out += pluralOf(text.slice(last, at)) + match[0];
    last = at + match[0].length;
  }
  return out + pluralOf(text.slice(last));
}
