import { useTranslation } from 'react-i18next';
import type { ClockView, RequestSummary } from '../../../electron/shared/requests';
import { useLanguage } from '../../i18n/use-language';
import { deadlineState, type DeadlineState } from './deadline-state';
import { formatCivilDate } from './format';

/** Words for deadlines: the days-left badge, one clock, and both clocks for a row's title. */
export function useDeadlineText() {
  const { t } = useTranslation();
  const language = useLanguage();

  const badge = (state: DeadlineState): string => {
    switch (state.kind) {
      case 'overdue':
        return t('requests.days.overdue', { count: state.days });
      case 'past-commitment':
        return t('requests.days.pastCommitment', { count: state.days });
      case 'today':
        return t('requests.days.today');
      case 'left':
        return t('requests.days.left', { count: state.days });
      case 'closed':
        return t('requests.days.closed');
      case 'none':
        return t('requests.days.none');
    }
  };

  /** "5 days left", "12 days overdue", "due today" for one clock; empty when it counts nothing. */
  const clockDays = (clock: ClockView): string => {
    if (clock.daysLeft === null) return '';
    if (clock.daysLeft < 0) return t('requests.days.overdue', { count: -clock.daysLeft });
    if (clock.daysLeft === 0) return t('requests.days.today');
    return t('requests.days.left', { count: clock.daysLeft });
  };

  const clockLine = (name: 'legal' | 'organisation', clock: ClockView): string => {
    const label = t(`requests.clocks.${name}`);
    if (!clock.date) return `${label}: ${t('requests.clocks.none')}`;
    const date = formatCivilDate(clock.date, language);
    const days = clockDays(clock);
    return days ? t('requests.clocks.summary', { clock: label, date, days }) : `${label}: ${date}`;
  };

  /** Both clocks on two lines, for a tooltip. */
  const bothClocks = (request: Pick<RequestSummary, 'legal' | 'organisation'>): string =>
    `${clockLine('legal', request.legal)}\n${clockLine('organisation', request.organisation)}`;

  return { badge, clockDays, clockLine, bothClocks, state: deadlineState, date: (d: string) => formatCivilDate(d, language) };
}
