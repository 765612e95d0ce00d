import { useTranslation } from 'react-i18next';
import type { BreachListRow } from '../../../../electron/shared/breaches';
import { useLanguage } from '../../../i18n/use-language';
import { formatDayAndTime } from '../format-time';
import { SeverityBadge } from '../severity-badge';
import { BreachStatusBadge } from '../status-badge';
import { ClockCell } from './clock-cell';

interface BreachRowProps {
  breach: BreachListRow;
  timeZone: string;
  now: number;
  onOpen: (id: string) => void;
}

/** One breach in the register. The title is the button that opens it; a click anywhere on the row does too. */
export function BreachRow({ breach, timeZone, now, onOpen }: BreachRowProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const aware = formatDayAndTime(breach.awareAt, timeZone, language);
  return (
    <tr className="breach-row" data-reference={breach.reference} onClick={() => onOpen(breach.id)}>
      <td>
        <BreachStatusBadge status={breach.status} />
      </td>
      <td className="breach-reference">{breach.reference}</td>
      <td className="breach-title-cell">
        <button
          type="button"
          className="link-button"
          onClick={(event) => {
            event.stopPropagation();
            onOpen(breach.id);
          }}
        >
          {breach.title}
        </button>
        {breach.cause ? <span className="breach-cause">{t(`breaches.causes.${breach.cause}`)}</span> : null}
      </td>
      <td>
        <SeverityBadge severity={breach.severity} />
      </td>
      <td className="breach-risk">{breach.risk ? t(`breaches.risk.short.${breach.risk}`) : <span className="muted-text">{t('breaches.risk.pending')}</span>}</td>
      <td className="breach-aware">
        <time dateTime={breach.awareAt}>
          <span className="aware-day">{aware.day}</span> <span className="aware-time">{aware.time}</span>
        </time>
      </td>
      <td className="breach-clock-cell">
        <ClockCell breach={breach} now={now} />
      </td>
    </tr>
  );
}
