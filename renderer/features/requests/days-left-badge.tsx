import type { RequestSummary } from '../../../electron/shared/requests';
import { deadlineState, deadlineTone } from './deadline-state';
import { useDeadlineText } from './use-deadline-text';

type Clocks = Pick<RequestSummary, 'status' | 'legal' | 'organisation' | 'effective' | 'overdue' | 'slaBreached'>;

/** Days left on the clock that ends first: red when past the law, amber when past only the organisation's commitment. */
export function DaysLeftBadge({ request }: { request: Clocks }) {
  const text = useDeadlineText();
  const state = deadlineState(request);
  return (
    <span className={`days-badge days-${deadlineTone(state)}`} data-state={state.kind}>
      {text.badge(state)}
    </span>
  );
}
