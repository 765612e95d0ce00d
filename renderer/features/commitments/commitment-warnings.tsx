import { useTranslation } from 'react-i18next';
import type { CommitmentBeyondLaw, LegalPeriod } from '../../../electron/shared/commitment-check';
import type { RequestType } from '../../../electron/shared/requests';
import { useLanguage } from '../../i18n/use-language';
import { useMessages } from '../../i18n/use-message';
import { formatCivilDate } from '../requests/format';
import { citeTogether } from '../../../electron/shared/pure/i18n/cite-together';

/** The Settings field of each commitment, whose label names it in the report's list. */
const FIELD = { response: 'responseDays', complexResponse: 'complexResponseDays', acknowledge: 'acknowledgeDays' } as const;

interface CommitmentWarningsProps {
  findings: readonly CommitmentBeyondLaw[];
  /** The first receipt date tried, when not today (a report's period start); today's check says "the next N dates". */
  from?: string;
  /** Name the commitment (its Settings label) before each warning: the report lists all three together. */
  named?: boolean;
  testId?: string;
}

/** A request type's name inside a sentence: its first letter in lower case, unless it begins an acronym ("CCPA"). */
function inSentence(name: string, language: string): string {
  const [first = '', second = ''] = name;
  return second !== '' && second === second.toLocaleLowerCase(language) ? first.toLocaleLowerCase(language) + name.slice(1) : name;
}

/**
 * The commitments that end later than the law allows, one warning each: the law and its
 * period with the rule cited, the request types, how often, and one dated example. Nothing
 * is rendered when there are none.
 */
export function CommitmentWarnings({ findings, from, named = false, testId }: CommitmentWarningsProps) {
  const { t } = useTranslation();
  const messages = useMessages();
  const language = useLanguage();
  if (findings.length === 0) return null;
  const date = (civil: string) => formatCivilDate(civil, language);
  // The types as the sentence reads them, "di revoca del consenso e di opposizione al marketing" (review 7, G7); a name of its own where the register's label does not read in a sentence ("Richiesta di accesso").
  const typeName = (type: RequestType) => (type === 'access' ? t('commitmentCheck.typeNames.access') : t(`requests.types.${type}`));
  const typesList = (types: readonly RequestType[]) => {
    const names = types.map((type) => t('commitmentCheck.typeItem', { type: inSentence(typeName(type), language) }));
    const last = names.pop() ?? '';
    return names.length === 0 ? last : t('commitmentCheck.typesAnd', { first: names.join(', '), last });
  };
  const period = (legal: LegalPeriod) =>
    legal.unit === 'months'
      ? legal.amount === 1
        ? t('commitmentCheck.period.month')
        : t('commitmentCheck.period.months', { count: legal.amount })
      : t(legal.unit === 'calendar-days' ? 'commitmentCheck.period.calendarDays' : 'commitmentCheck.period.businessDays', { count: legal.amount });
  const texts = findings.map((f) => ({
    key: `${f.commitment}-${f.regime}-${f.types.join('+')}`,
    lead: named ? t(`settings.organisation.fields.${FIELD[f.commitment]}.label`) : null,
    text: t('commitmentCheck.beyondLaw', {
      days: f.days,
      regime: t(`requests.regimesShort.${f.regime}`),
      period: period(f.legal),
      citation: messages.text({ key: `msg.citation.${f.legal.citationId}` }),
      types: f.allTypes ? t('commitmentCheck.typesAll') : t('commitmentCheck.typesSome', { list: typesList(f.types) }),
      dates: from ? t('commitmentCheck.datesFrom', { later: f.datesLater, tried: f.datesTried, from: date(from) }) : t('commitmentCheck.datesNext', { later: f.datesLater, tried: f.datesTried }),
      received: date(f.example.received),
      legalDate: date(f.example.legalDate),
      commitmentDate: date(f.example.commitmentDate),
    }),
  }));
  // Once per regime: the request types due on receipt (Arts 21(3), 7(3)) no promise in days applies to (review 4, D1).
  const notApplied = [...new Map(findings.filter((f) => f.notApplied.types.length > 0).map((f) => [f.regime, f.notApplied] as const))].map(([regime, n]) => ({
    key: regime,
    text: t('commitmentCheck.notApplied', {
      list: typesList(n.types),
      citations: citeTogether(n.citationIds).map((m) => messages.text(m)).join('; '),
    }),
  }));
  const line = ({ lead, text }: (typeof texts)[number]) => (
    <>
      {lead ? <strong>{lead} — </strong> : null}
      {text}
    </>
  );
  return (
    <div className="commitment-warnings" data-testid={testId}>
      {texts.length === 1 && texts[0] ? (
        <p className="commitment-warning">{line(texts[0])}</p>
      ) : (
        <ul>
          {texts.map((item) => (
            <li key={item.key} className="commitment-warning">
              {line(item)}
            </li>
          ))}
        </ul>
      )}
      {notApplied.map((item) => (
        <p key={item.key} className="commitment-warnings-note" data-testid="commitment-not-applied">
          {item.text}
        </p>
      ))}
      <p className="commitment-warnings-note">{t('commitmentCheck.legalStillGoverns')}</p>
    </div>
  );
}
