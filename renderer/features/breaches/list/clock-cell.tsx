import { useTranslation } from 'react-i18next';
import type { BreachListRow } from '../../../../electron/shared/breaches';
import { clockTone, clockView } from '../clock-view';
import { useClockText } from '../use-clock-text';

/**
 * Time left on a breach's 72-hour clock, amber in the last 24 hours, red once past; or how it
 * stopped. On a breach of clients' data only, the clock is the clients' (Art. 33(2)): the cell
 * says so rather than counting down a deadline that is not ours.
 */
export function ClockCell({ breach, now }: { breach: Pick<BreachListRow, 'clock' | 'authorityDeadline' | 'controllerSide'>; now: number }) {
  const { t } = useTranslation();
  const text = useClockText();
  if (!breach.controllerSide) {
    return (
      <span className="clock-cell clock-processor" data-clock="processor" title={t('breaches.clock.processorOnlyHint')}>
        {t('breaches.clock.processorOnly')}
      </span>
    );
  }
  const view = clockView(breach, now);
  return (
    <span className={`clock-cell clock-${clockTone(view)}`} data-clock={view.kind}>
      {text(view)}
    </span>
  );
}
