import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClockView } from '../../../../electron/shared/requests';
import { useDeadlineText } from '../use-deadline-text';

interface ClockCardProps {
  name: 'legal' | 'organisation';
  clock: ClockView;
  /** This clock ends first, so it drives the warnings. */
  drives: boolean;
  /** The heading, when it is not the legal deadline's or the commitment's (a processor's forward-by, assist-by). */
  title?: string;
  /** What the date line says when there is no date ("without undue delay"). */
  noDate?: string;
  children?: ReactNode;
}

/** One deadline: its date, the days left (past the legal clock in red, past only the organisation's promise in amber), and the dates that go with it. */
export function ClockCard({ name, clock, drives, title, noDate, children }: ClockCardProps) {
  const { t } = useTranslation();
  const text = useDeadlineText();
  const days = text.clockDays(clock);
  const late = clock.daysLeft !== null && clock.daysLeft < 0;
  const tone = late ? (name === 'legal' ? 'danger' : 'warning') : 'neutral';
  return (
    <section className={`clock-card${drives ? ' clock-drives' : ''}`} aria-labelledby={`clock-${name}`} data-clock={name}>
      <div className="clock-card-head">
        <h2 id={`clock-${name}`} className="clock-title">
          {title ?? t(`requests.clocks.${name}`)}
        </h2>
        {drives ? <span className="clock-drives-tag">{t('requests.clocks.drives')}</span> : null}
      </div>
      <p className="clock-date">{clock.date ? text.date(clock.date) : (noDate ?? t('requests.clocks.none'))}</p>
      {days ? <p className={`clock-days tone-${tone}`}>{days}</p> : null}
      {children ? <div className="clock-extra">{children}</div> : null}
    </section>
  );
}
