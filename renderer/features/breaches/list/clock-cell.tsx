import type { BreachSummary } from '../../../../electron/shared/breaches';
import { clockTone, clockView } from '../clock-view';
import { useClockText } from '../use-clock-text';

/** Time left on a breach's 72-hour clock, amber in the last 24 hours, red once past; or how it stopped. */
export function ClockCell({ breach, now }: { breach: Pick<BreachSummary, 'clock' | 'authorityDeadline'>; now: number }) {
  const text = useClockText();
  const view = clockView(breach, now);
  return (
    <span className={`clock-cell clock-${clockTone(view)}`} data-clock={view.kind}>
      {text(view)}
    </span>
  );
}
