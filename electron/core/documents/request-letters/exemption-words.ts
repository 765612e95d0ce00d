import type { LetterInputs, LetterLanguage } from '../../../shared/document-contract';
import type { FieldValues } from '../letters/field-catalogue';
import { fillPlaceholders } from '../letters/placeholders';
import type { LetterLabels } from '../letters/template-schema';
import { loadLawTable } from '../letters/template-files';
import { EXEMPTION_PROVISIONS } from './exemption-fields';
import { DPA_PARAGRAPHS } from './dpa-exemptions';

/**
 * The law whose legal obligation Art. 17(3)(b) speaks of: "Union or Member State law" (GDPR),
 * "domestic law" (UK GDPR), in each language (review 7, G11).
 */
const OBLIGATION_LAW = {
  gdpr: { en: 'Union or Member State law', it: 'diritto dell’Unione o dello Stato membro' },
  uk: { en: 'domestic law', it: 'diritto interno' },
} as const;

const chosen = (given: LetterInputs | undefined, key: string): string | null => {
  const value = given?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
};

/**
 * A provision as running text cites it: "Article 17(3)(b) GDPR", "art. 17, par. 3, lett. b),
 * GDPR", "art. 21, par. 1, GDPR" (an Italian citation of paragraph or letter closed by a comma
 * before the Regulation, as every citation writes it; "art. 23 GDPR" has none; review 5, E26).
 */
function cite(provision: string, language: LetterLanguage, lawShort: string): string | null {
  const name = EXEMPTION_PROVISIONS[provision]?.[language];
  if (name === undefined) return null;
  return `${name}${language === 'it' && name.includes(',') ? ',' : ''} ${lawShort}`;
}

/**
 * The exception a refusal or a partial erasure rests on, cited and said in words from the
 * labels' catalogue sentence (review 5, E18: Art. 12(1) and (4) GDPR want the reasons in clear
 * and plain language, not a number), and whether it is an exception to erasure, for which the
 * refusal must say it covers all the data concerned (Art. 17(3): "to the extent that processing
 * is necessary"). Under the UK GDPR, the Data Protection Act 2018 paragraph an Art. 23 refusal
 * rests on, cited and said in words the same way (review 6, F20).
 */
export function exemptionWords(given: LetterInputs | undefined, language: LetterLanguage, lawShort: string | null, labels: LetterLabels): FieldValues {
  const said = (key: string) => {
    const provision = chosen(given, key);
    if (provision === null || lawShort === null) return { citation: null, meaning: null };
    const words = labels.exemptions[provision]?.[language];
    const obligationLaw = OBLIGATION_LAW[lawShort === loadLawTable()['uk-gdpr']?.short ? 'uk' : 'gdpr'][language];
    const fill = (k: string) => (k === 'law.short' ? lawShort : k === 'law.obligationLaw' ? obligationLaw : '');
    return { citation: cite(provision, language, lawShort), meaning: words === undefined ? null : fillPlaceholders(words, fill) };
  };
  const refusal = said('refusal.exemptionProvision');
  const retained = said('action.retainedException');
  const dpa = chosen(given, 'refusal.dpaProvision');
  const paragraph = dpa === null ? undefined : DPA_PARAGRAPHS[dpa];
  const dpaWords = dpa === null || paragraph === undefined ? null : said('refusal.dpaProvision').meaning;
  return {
    'refusal.exemptionCitation': refusal.citation,
    'refusal.exemptionMeaning': refusal.meaning,
    'refusal.erasureException': chosen(given, 'refusal.exemptionProvision')?.startsWith('art-17-3-') ?? false,
    'action.retainedCitation': retained.citation,
    'action.retainedMeaning': retained.meaning,
    'refusal.dpaCitation': paragraph?.citation[language] ?? null,
    'refusal.dpaMeaning': dpaWords,
  };
}
