import './clocks.css';
import { useTranslation } from 'react-i18next';
import type { CaseClock } from '../../../electron/shared/case-clocks';
import { useLanguage } from '../../i18n/use-language';
import { useMessages } from '../../i18n/use-message';
import { formatInstant } from '../breaches/format-time';
import { formatCivilDate } from '../requests/format';

const NAMED_PARTIES = ['authority', 'csirt', 'controller'] as const;

/**
 * Every clock of a case in one table: what is owed, to whom, by when (an instant in the
 * organisation's zone, a civil date, or the rule when no time is fixed), where it stands, and
 * the rule it comes from. A clock that is not ours (the controller's own deadline) is marked so.
 */
export function ClockList({ clocks, timeZone, labelledBy }: { clocks: CaseClock[]; timeZone: string; labelledBy: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { text } = useMessages();
  if (clocks.length === 0) return <p className="ropa-empty">{t('clients.clocks.none')}</p>;
  const when = (value: string) => (value.length === 10 ? formatCivilDate(value, language) : formatInstant(value, timeZone, language, true));
  const party = (c: CaseClock) => ((NAMED_PARTIES as readonly string[]).includes(c.party) ? t(`msg.clock.party.${c.party as (typeof NAMED_PARTIES)[number]}`) : c.party);
  return (
    <table className="ropa-table case-clocks-table" aria-labelledby={labelledBy} data-testid="case-clocks">
      <thead>
        <tr>
          <th scope="col">{t('clients.clocks.what')}</th>
          <th scope="col">{t('clients.clocks.party')}</th>
          <th scope="col">{t('clients.clocks.due')}</th>
          <th scope="col">{t('clients.clocks.status')}</th>
        </tr>
      </thead>
      <tbody>
        {clocks.map((c, i) => (
          <tr key={`${c.kind}-${c.partyId ?? i}`} className={c.ours ? undefined : 'case-clock-context'} data-kind={c.kind}>
            <th scope="row">
              {t(`msg.clock.kind.${c.kind}`)}
              <span className="case-clock-rule">
                {text(c.explanation)} — {text(c.source)}
              </span>
            </th>
            <td>{party(c)}</td>
            <td>{c.dueAt === null ? '—' : <time dateTime={c.dueAt}>{when(c.dueAt)}</time>}</td>
            <td>
              <span className={`clock-chip clock-chip-${c.status}`}>{t(`msg.clock.status.${c.status}`)}</span>
              {c.doneAt ? <span className="case-clock-rule">{t('clients.clocks.doneAt', { date: when(c.doneAt) })}</span> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
