import type { LetterLanguage, Localised } from '../../../shared/document-contract';
import { elideItalianArticles } from '../../documents/letters/italian-elision';
import { formatCivilDate } from '../../documents/letters/format-date';
import { fillPlaceholders } from '../../documents/letters/placeholders';
import { msg, renderText } from '../../i18n';
import { citeTogether } from '../../../shared/pure/i18n/cite-together';
import type { Share } from '../audit-report-types';
import type { ReportLabels, ReportText } from './report-labels';

/** The report's words and number formats in one language. */
export interface ReportWords {
  language: LetterLanguage;
  labels: ReportLabels;
  /** A text of labels.json with its `{{a.b}}` slots filled. */
  t(key: ReportText, values?: Record<string, string>): string;
  /** A code in words from one of the labels' tables; the code itself when the table lacks it. */
  code(table: Record<string, Localised | undefined>, code: string): string;
  /** A law's citation by its rule id, as the shared catalogue writes it in this language (`msg.citation.<id>`). */
  citation(id: string): string;
  /** Several citations as one reads them, articles of one act together ("artt. 7, par. 3, e 21, par. 3, del Regolamento (UE) 2016/679"; review 7, G7). */
  citations(ids: readonly string[]): string;
  /** A whole number with thousands always grouped ("2.300" as "12.400"), so a column reads alike. */
  count(value: number): string;
  /** A decimal with at most one digit after the point, or "n/a". */
  decimal(value: number | null): string;
  /** "2 of 3 (66.7%)", "4 of 5 (80.0%)": always one decimal, so a column reads alike; "n/a" of nothing. */
  share(share: Share): string;
  /** A civil date in words: "31 March 2026", "31 marzo 2026". */
  date(civil: string): string;
  /** An instant as a register prints it, in the report's zone: "2026-03-10 10:00". */
  instant(iso: string): string;
}

/** Words for a report in `language`, instants read in `timeZone`. */
export function reportWords(labels: ReportLabels, language: LetterLanguage, timeZone: string): ReportWords {
  const locale = language === 'it' ? 'it-IT' : 'en-GB';
  // Italian CLDR leaves four-digit numbers ungrouped ("2300" beside "12.400"): group always.
  const counts = new Intl.NumberFormat(locale, { useGrouping: 'always' });
  const decimals = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const percents = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const instants = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  // Italian articles elide before dates read with a vowel ("Dall’8 aprile", "all’11 maggio").
  const t = (key: ReportText, values: Record<string, string> = {}) => {
    const text = fillPlaceholders(labels.text[key][language], (slot) => values[slot] ?? '');
    return language === 'it' ? elideItalianArticles(text) : text;
  };
  return {
    language,
    labels,
    t,
    code: (table, code) => table[code]?.[language] ?? code,
    citation: (id) => renderText(language, msg(`msg.citation.${id}`)),
    citations: (ids) => citeTogether(ids).map((m) => renderText(language, m)).join('; '),
    count: (value) => counts.format(value),
    decimal: (value) => (value === null ? t('notApplicable') : decimals.format(value)),
    share: (s) =>
      s.share === null ? t('notApplicable') : t('shareOf', { 'share.count': counts.format(s.count), 'share.of': counts.format(s.of), 'share.percent': percents.format(s.share) }),
    date: (civil) => formatCivilDate(civil, language),
    instant: (iso) => instants.format(new Date(iso)),
  };
}
