import './clocks.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseClock } from '../../../electron/shared/case-clocks';
import { useLanguage } from '../../i18n/use-language';
import { useMessages } from '../../i18n/use-message';
import { formatInstant } from '../breaches/format-time';
import { formatCivilDate } from '../requests/format';
import { hoursLate } from './clock-lateness';

const NAMED_PARTIES = ['authority', 'csirt', 'controller'] as const;

/**
 * Every clock of a case in one table: what is owed, to whom, by when (an instant in the
 * organisation's zone, a civil date, or the rule when no time is fixed), where it stands, and
 * the rule it comes from. A clock that is not ours (the controller's own deadline) is marked so;
 * a step taken after its deadline says by how many hours. With `actions`, a last column holds
 * what each clock offers (the breach page's notice to a client, its NIS2 report); with
 * `doneNote`, a step taken shows what the case recorded with it (a NIS2 report's own CSIRT reference).
 */
export function ClockList({
  clocks,
  timeZone,
  labelledBy,
  actions,
  doneNote,
}: {
  clocks: CaseClock[];
  timeZone: string;
  labelledBy: string;
  actions?: (clock: CaseClock) => ReactNode;
  doneNote?: (clock: CaseClock) => string | null;
}) {
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
          {actions ? <th scope="col">{t('clients.clocks.documents')}</th> : null}
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
              {c.doneAt ? <DoneLine clock={c} doneAt={c.doneAt} when={when} /> : null}
              {c.doneAt && doneNote?.(c) ? (
                <span className="case-clock-rule" data-testid="clock-done-note">
                  {doneNote(c)}
                </span>
              ) : null}
            </td>
            {actions ? <td className="case-clock-actions">{actions(c)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** When a step was taken; past its deadline, also how many hours late (as the authority's notice says). */
function DoneLine({ clock, doneAt, when }: { clock: CaseClock; doneAt: string; when: (value: string) => string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const late = hoursLate(clock);
  if (late === null) return <span className="case-clock-rule">{t('clients.clocks.doneAt', { date: when(doneAt) })}</span>;
  const hours = new Intl.NumberFormat(language === 'it' ? 'it-IT' : 'en-GB', { maximumFractionDigits: 1 }).format(late);
  return (
    <span className="case-clock-rule case-clock-late" data-testid="clock-late">
      {t('clients.clocks.doneLateAt', { date: when(doneAt), hours })}
    </span>
  );
}
