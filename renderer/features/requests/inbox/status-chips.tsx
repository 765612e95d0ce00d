import { useTranslation } from 'react-i18next';
import type { RequestStatus } from '../../../../electron/shared/requests';
import { OPEN } from './inbox-filters';

const ALL: readonly RequestStatus[] = ['received', 'awaiting-identity', 'in-progress', 'extended', 'responded', 'withdrawn', 'void'];

const same = (a: readonly RequestStatus[], b: readonly RequestStatus[]) => a.length === b.length && a.every((s) => b.includes(s));

/** Status filter: one toggle per status, and the two sets a DPO wants most (open only, all). */
export function StatusChips({ value, onChange }: { value: RequestStatus[]; onChange: (value: RequestStatus[]) => void }) {
  const { t } = useTranslation();
  const everything = value.length === 0 || same(value, ALL);
  const toggle = (status: RequestStatus) => {
    if (everything) onChange([status]);
    else if (value.includes(status)) onChange(value.filter((s) => s !== status));
    else onChange(ALL.filter((s) => s === status || value.includes(s)));
  };
  return (
    <div className="status-chips" role="group" aria-labelledby="status-chips-label">
      <span id="status-chips-label" className="visually-hidden">
        {t('requests.filters.status')}
      </span>
      <button type="button" className="chip chip-preset" aria-pressed={same(value, OPEN)} onClick={() => onChange([...OPEN])}>
        {t('requests.filters.openOnly')}
      </button>
      <button type="button" className="chip chip-preset" aria-pressed={everything} onClick={() => onChange([])}>
        {t('requests.filters.allStatuses')}
      </button>
      <span className="chip-divider" aria-hidden="true" />
      {ALL.map((status) => (
        <button
          key={status}
          type="button"
          className={`chip chip-status status-dot-${status}`}
          aria-pressed={!everything && value.includes(status)}
          onClick={() => toggle(status)}
        >
          {t(`requests.statuses.${status}`)}
        </button>
      ))}
    </div>
  );
}
